"""Actors and mentions: who takes part, one row per real-world actor.

People come from PERSON entities and from the officials gazetteer
(``data/reference/officials.csv``); a surname, a first name alone or a name with
a middle initial joins the full name it belongs to, and every later occurrence of
a known name is a mention even where the statistical NER missed it. Titles
("Russian President Vladimir Putin"), appositions ("Putin's cultural advisor,
Vladimir Medinsky"), copular links ("The head of ... is X") and definite
descriptions ("the Russian president", "The Labour leader") are read with the
role words of ``roles.csv`` and the country gazetteer (``helpers.gazetteer``);
a description is resolved to the most recently mentioned person whose role,
country and party fit. Organisations come from ORG entities, the organisation
gazetteer (``organizations.csv``, acronyms in parentheses become aliases) and
metonyms: a seat of government ("the Kremlin") is always an actor, a capital
("Moscow") only where it speaks or acts. Countries that act ("mediated by
Turkey", "Ukraine said") and plural groups of officials that act ("European
leaders voice ...") are actors too. Boilerplate sentences feed nothing.

The extractor is one class built from the phases below, each a module over a
shared token view (``tokens.TokenView``), run in the order of ``PHASES``:
people (``people``), titles and descriptions (``titles``), organisations
(``organizations``), bodies named by a common noun ("the committee", ``bodies``),
countries and groups (``groups``), narrowed party members (``party_members``), pruning and merging (``prune``), spelling variants of
one name (``variants``), short forms, bodies named like a person and nicknames of one actor
(``short_forms``), then the rows
(``output``). The rules added as named switches (each with the invented sentence it is
written for, and ``HELPERS_ACTOR_RULES_OFF`` to switch them off) are listed in ``rules``. Reference look-ups live in ``lexicon``.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..article import Article
from ..records import Actor, Mention
from ..tables import ArticleTables
from .bodies import Bodies
from .groups import Groups
from .lexicon import (
    DEFINITE,
    SETTING_PREPS,
    TITLE_DEPS,
    _country,
    _head_roles,
    _metonym,
    _officials,
    _org_of,
    _organizations,
    _role_at,
    _role_kind,
    _roles,
    slugify,
)
from .organizations import Organizations
from .output import Output
from .party_members import PartyMembers
from .people import People
from .prune import Prune
from .short_forms import ShortForms
from .titles import Titles
from .tokens import TokenView, _Actor
from .variants import Variants

#: the phases of ``extract``, in the order they run; each reads what the earlier ones found
PHASES = ("build_people", "read_titles", "read_descriptions", "build_organizations", "read_body_descriptions",
          "build_countries", "build_groups", "split_party_members", "prune", "merge_variants",
          "merge_short_forms")


class _Extractor(People, Titles, Organizations, Bodies, Groups, PartyMembers, Prune, Variants, ShortForms, Output,
                 TokenView):
    """Every phase over one article's token view."""


def extract(doc: Doc, article: Article, tables: ArticleTables) -> tuple[list[Actor], list[Mention]]:
    """Actors of the article and every name, alias, title and description that refers to them."""
    if doc.text != article.text:
        raise ValueError("doc and article disagree: the Doc must be the parse of article.text")
    if not tables.sentences:
        return [], []
    ex = _Extractor(doc, article, tables)
    for phase in PHASES:
        getattr(ex, phase)()
    return ex.rows()


def recount(actors: list[Actor], mentions: list[Mention]) -> list[Actor]:
    """Actors with ``n_mentions`` and ``first_start`` taken from all their mentions."""
    counts: dict[str, list[int]] = {}
    for m in mentions:
        counts.setdefault(m.actor_id, []).append(m.start)
    return [replace(a, n_mentions=len(counts.get(a.actor_id, [])) or a.n_mentions,
                    first_start=min(counts.get(a.actor_id, [a.first_start])))
            for a in actors]


__all__ = [
    "DEFINITE",
    "PHASES",
    "SETTING_PREPS",
    "TITLE_DEPS",
    "TokenView",
    "_Actor",
    "_Extractor",
    "_country",
    "_head_roles",
    "_metonym",
    "_officials",
    "_org_of",
    "_organizations",
    "_role_at",
    "_role_kind",
    "_roles",
    "extract",
    "recount",
    "slugify",
]
