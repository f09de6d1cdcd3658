"""Speakers that no mention resolves: a description ("The network said", "the Kremlin leader
said") and a personal pronoun ("he warned") that coreference left alone.

A definite description headed by a role word of ``roles.csv`` ("leader", "spokesman") or an
organisation noun of ``reporting_body_nouns.csv`` ("network", "ministry") stands for an actor of
that kind named before it: the nearest one in the text before the speaker (outside quotation
marks, within the last few paragraphs), a person whose role names the same word first, else the
person who spoke last, else the only person named; and one of the country that a modifier
names ("the Kremlin leader": a person of RUS, not the Kremlin). A
"he"/"she" that speaks is the person who spoke in the row just before (news text goes on with
the last speaker) when nothing says the gender differs, else the only person of that gender
named before it.
"""
from __future__ import annotations

from typing import Optional

from spacy.tokens import Span

from ..lexicon import body_nouns, person_nouns
from ..records import COUNTRY, ORGANIZATION, PERSON, Mention
from .context import Context, _Row
from .rules import rule

#: how many paragraphs back a description or pronoun may look for its actor
PARAGRAPHS_BACK = 3
DEFINITE = {"the", "this", "that"}
PERSONAL = {"he": "male", "she": "female"}


def resolve_unnamed(ctx: Context, rows: list[_Row]) -> None:
    """Give a speaker to the rows whose description or pronoun no mention resolves (rows in
    reading order)."""
    last_person: Optional[tuple[int, str]] = None  # (paragraph, actor) of the last person who spoke
    for r in rows:
        if r.speaker_span is not None and not r.inherited:
            span = ctx.doc.char_span(*r.speaker_span, alignment_mode="expand")
            if span is not None:
                found = _description_speaker(ctx, span, r.speaker_id, last_person)
                if found is None:
                    found = _pronoun_speaker(ctx, span, r.speaker_id, last_person)
                if found is not None:
                    r.speaker_id = found or None
        actor = ctx.tables.actor(r.speaker_id)
        if actor is not None and actor.kind == PERSON:
            last_person = (ctx.article.paragraph_id_at(r.start), actor.actor_id)


@rule("description-speaker", "speaker",
      example="Vladimir Putin met the governors in Moscow. The Kremlin leader said Russia would not retreat.",
      speaker="The Kremlin leader")
def _description_speaker(ctx: Context, span: Span, current: Optional[str],
                         last_person: Optional[tuple[int, str]] = None) -> Optional[str]:
    """"The network said", "the Kremlin leader said": a definite description of an actor named
    before (see the module docstring); "" when a person is described and none is named before
    (the Kremlin organisation does not speak for its leader)."""
    head = span.root
    if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS") or not any(
            t.lower_ in DEFINITE for t in span if t.i < head.i):
        return None
    lemma = head.lemma_.lower()
    person = lemma in person_nouns()
    if not person and lemma not in body_nouns():
        return None
    if current is not None and _covers_head(ctx, current, head.idx):
        return None  # a mention already names the described one ("the network RT")
    kinds = (PERSON,) if person else (ORGANIZATION, COUNTRY)
    countries = {a.country for m in _mentions_in(ctx, span) if (a := ctx.tables.actor(m.actor_id)) and a.country}
    before = [a for a in _actors_before(ctx, span.start_char) if a.kind in kinds and a.actor_id != current]
    if countries:
        before = [a for a in before if a.country in countries or a.country is None and a.kind != PERSON]
    if person:
        same_role = [a for a in before if a.role and lemma in a.role.lower()]
        if same_role:
            return same_role[0].actor_id
        spoke = last_person[1] if last_person is not None and any(a.actor_id == last_person[1] for a in before) \
            else None
        if spoke is not None:
            return spoke  # "the leader said" goes on with the person who spoke last
        before = before if len(before) == 1 else []  # two people named before: either may be meant
    if before:
        return before[0].actor_id
    described = ctx.tables.actor(current)
    return "" if person and described is not None and described.kind != PERSON else None


@rule("pronoun-previous-speaker", "speaker",
      example="“We will not retreat,” Jo Hart said.\n\nThe council met on Monday. The vote was close. "
              "The budget passed.\n\nHe warned that taxes would rise.",
      speaker="He")
def _pronoun_speaker(ctx: Context, span: Span, current: Optional[str],
                     last_person: Optional[tuple[int, str]]) -> Optional[str]:
    """"He warned ...": the person who spoke in the row before, within a few paragraphs, else the
    only person named before (a gender the text gives must agree)."""
    if current is not None or len(span) != 1 or span[0].lower_ not in PERSONAL:
        return None
    gender = PERSONAL[span[0].lower_]
    genders = _genders(ctx)
    paragraph = ctx.article.paragraph_id_at(span.start_char)
    if last_person is not None and paragraph - last_person[0] <= PARAGRAPHS_BACK \
            and genders.get(last_person[1], gender) == gender:
        return last_person[1]
    people = [a for a in _actors_before(ctx, span.start_char) if a.kind == PERSON
              and genders.get(a.actor_id, gender) == gender]
    return people[0].actor_id if len(people) == 1 else None


def _genders(ctx: Context) -> dict[str, str]:
    """Actor -> 'male' | 'female', where the text tells: officials, honorifics and gendered role
    words (as coreference reads them) and the pronouns already resolved to the actor."""
    cached = getattr(ctx, "_genders", None)
    if cached is None:
        from ..coref import _actor_genders

        cached = dict(_actor_genders(ctx.doc, ctx.tables))
        for m in ctx.resolver.mentions:
            if m.how == "pronoun" and m.text.lower() in PERSONAL:
                cached.setdefault(m.actor_id, PERSONAL[m.text.lower()])
        object.__setattr__(ctx, "_genders", cached)
    return cached


def _covers_head(ctx: Context, actor_id: str, head: int) -> bool:
    return any(m.actor_id == actor_id and m.start <= head < m.end for m in ctx.resolver.mentions)


def _mentions_in(ctx: Context, span: Span) -> list[Mention]:
    return [m for m in ctx.resolver.mentions if span.start_char <= m.start and m.end <= span.end_char]


def _actors_before(ctx: Context, start: int) -> list:
    """The actors named outside quotation marks before ``start`` in the last few paragraphs,
    nearest first, each once."""
    first = ctx.article.paragraph_id_at(start) - PARAGRAPHS_BACK
    seen: list[str] = []
    for m in reversed(ctx.resolver.mentions):
        if m.end > start or ctx.owner[m.start] != -1:
            continue
        if ctx.article.paragraph_id_at(m.start) < first:
            break
        if m.actor_id not in seen:
            seen.append(m.actor_id)
    return [a for a in (ctx.tables.actor(i) for i in seen) if a is not None]
