"""Definite descriptions as agents: the switches of ``coref.descriptions`` beyond ``role-description``.

"The pontiff met Sanders", "the company reported a loss", "the Republican nominee modified his
remarks": a definite noun phrase headed by a role or body noun acts for the actor named before it
whose titles answer the noun (definite-description coreference, ``coref._described``). The rules here
are registered for their switches and examples; ``agents.event_mentions`` hands the ones switched on
to ``coref.descriptions`` (``extras``, ``coref.DESCRIPTION_RULES``):

- ``role-noun-covers``: the nouns of ``description_nouns.csv`` and the words that answer each
  ("the pontiff" for "Pope Francis", "the company" for "the oil giant Exxon Mobil");
- ``official-titles``: the roles ``officials.csv`` gives the actor, and a role phrase with "of"
  ("the former secretary of state");
- ``affiliation-modifier``: a name before the head that the actor's role or title holds
  ("the Republican nominee" for "Republican nominee Jo Hart");
- ``of-phrase-not-title``: a noun with "of" before a name is no title of that name ("the lawyer of Jo Hart");
- ``description-competitor``: no agent when two actors named in the window answer the description.
"""
from __future__ import annotations

from typing import Optional

from .context import Cand, SentenceContext
from .rules import REGISTRY, Example, rule


def description_extras() -> frozenset[str]:
    """The description rules switched on, for ``coref.descriptions(extras=...)``."""
    from ..coref import DESCRIPTION_RULES

    return frozenset(n for n in DESCRIPTION_RULES if REGISTRY[n].enabled)


@rule("role-noun-covers", "agent", (
    Example("Pope Francis visited Lima on Sunday. The pontiff rejected the plan on Monday.",
            {"Pope Francis": "francis"}, "rejected", {"actor_id": "francis"}),
    Example("Mogul Jo Hart visited Lima on Sunday. The businessman rejected the plan on Monday.",
            {"Jo Hart": "jo-hart"}, "rejected", {"actor_id": "jo-hart"}),
))
def role_noun_covers(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``coref._described``: a description noun of
    ``description_nouns.csv`` stands for the actor whose title, role, appositive or name holds a word
    that answers it."""
    return None


@rule("official-titles", "agent", (
    Example("Hillary Clinton visited Lima on Sunday. The former secretary of state rejected the plan on Monday.",
            {"Hillary Clinton": "clinton"}, "rejected", {"actor_id": "clinton"}),
), enabled=False)  # off: 1 right and 1 wrong row on the 243 train articles (5-fold verdict drop, 2026-12-08)
def official_titles(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``coref._titled``: the roles ``officials.csv``
    gives an actor are its titles ("the former secretary of state" is Hillary Clinton)."""
    return None


@rule("affiliation-modifier", "agent", (
    Example("Republican nominee Jo Hart visited Lima on Sunday. The Republican nominee rejected the plan on Monday.",
            {"Jo Hart": "jo-hart", "Republican": "gop"}, "rejected", {"actor_id": "jo-hart"}),
))
def affiliation_modifier(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and examples; read in ``coref._described``: a name before the head of a
    description ("the Republican nominee") does not make it someone else's when the actor's role or
    title holds it."""
    return None


@rule("of-phrase-not-title", "agent", (
    Example("Ola Berg met the lawyer of Jo Hart on Sunday. The lawyer rejected the plan on Monday.",
            {"Ola Berg": "ola-berg", "Jo Hart": "jo-hart"}, "rejected", None),
))
def of_phrase_not_title(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``coref._title_words``: "the lawyer of Jo Hart"
    is no title of Hart, so "the lawyer" after it is not Hart."""
    return None


@rule("description-competitor", "agent", (
    Example("Sen. Jo Hart met Sen. Ola Berg on Sunday. The senator rejected the plan on Monday.",
            {"Jo Hart": "jo-hart", "Ola Berg": "ola-berg"}, "rejected", None),
))
def description_competitor(c: Cand, ctx: SentenceContext) -> Optional[tuple]:
    """Registered for its switch and example; read in ``coref._one``: when two actors named in the
    window answer a description, it stands for neither."""
    return None
