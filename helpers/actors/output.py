"""Phase 7, output: one actor row per provisional actor with mentions, and every mention.
"""
from __future__ import annotations

import re

from ..records import ORGANIZATION, Actor, Mention
from .lexicon import _find_all, _form_pattern, _org_of, slugify
from .organizations import _known_without_suffix
from .rules import rule_on
from .tokens import TokenView, _Actor


class Output(TokenView):
    def rows(self) -> tuple[list[Actor], list[Mention]]:
        actors: list[Actor] = []
        mentions: list[Mention] = []
        seen: set[str] = set()
        everyone = [*self.people, *self.others.values()]
        everyone = [a for a in everyone if a.mentions]
        everyone.sort(key=lambda a: min(s for s, _ in a.mentions))
        for a in everyone:
            if a.kind == ORGANIZATION:
                a.name = self._name_in_text(a)
            actor_id = slugify(a.name)
            n = 2
            while actor_id in seen:
                actor_id, n = f"{slugify(a.name)}-{n}", n + 1
            seen.add(actor_id)
            spans = sorted(a.mentions.items())
            for (s, e), how in spans:
                mentions.append(Mention(actor_id=actor_id, start=s, end=e, text=self.text[s:e],
                                        sentence_id=self._sentence_id_at(s), how=how))
            actors.append(Actor(actor_id=actor_id, name=a.name, kind=a.kind, role=a.role,
                                country=a.country, n_mentions=len(spans), first_start=spans[0][0][0]))
        mentions.sort(key=lambda m: (m.start, m.end, m.actor_id))
        return actors, mentions

    def _name_in_text(self, a: _Actor) -> str:
        """An organisation's gazetteer name when the article uses it, else the fullest of the
        gazetteer's aliases the article gives ("NATO" where the text never spells it out), or of
        their forms with a corporate word ("Fox News Channel", ``known-body-suffix``). With
        ``name-of-its-own`` the name counts only where it names this organisation: "Democratic
        Party" inside "the Ohio Democratic Party" names another body."""
        forms = [re.sub(r"^(the|The)\s+", "", self.text[s:e]) for (s, e), how in a.mentions.items()
                 if how in ("name", "alias")]
        if rule_on("name-of-its-own"):
            if a.name in forms or a.name in map(_without_possessive, forms):
                return a.name
        elif _find_all(_form_pattern(a.name), a.name, self.text, limit=1):
            return a.name
        # the organisation's own aliases only: a capital standing for it ("Moscow") is no name of it
        forms = [f for f in forms if f[:1].isupper() and not _is_possessive_form(f)
                 and (_org_of(f) or _known_without_suffix(f) or {}).get("name") == a.name]
        return max(forms, key=lambda f: (len(f.split()), len(f)), default=a.name)


def _without_possessive(form: str) -> str:
    return re.sub(r"['\u2019]s?$", "", form)


def _is_possessive_form(form: str) -> bool:
    return form.endswith(("'s", "\u2019s"))
