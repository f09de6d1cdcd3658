"""Phase 7, output: one actor row per provisional actor with mentions, and every mention.
"""
from __future__ import annotations



from ..records import Actor, Mention
from .lexicon import (slugify)
from .tokens import TokenView


class Output(TokenView):
    def rows(self) -> tuple[list[Actor], list[Mention]]:
        actors: list[Actor] = []
        mentions: list[Mention] = []
        seen: set[str] = set()
        everyone = [*self.people, *self.others.values()]
        everyone = [a for a in everyone if a.mentions]
        everyone.sort(key=lambda a: min(s for s, _ in a.mentions))
        for a in everyone:
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

