"""Rule ``pronoun-chain``: a "he"/"she" holder continues the same pronoun that is the main subject of the
sentence before, instead of the one person that sentence names as an object."""
from __future__ import annotations

from helpers.stances import rules
from helpers.stances.structure import Context

from tests.test_stances import _make


def _holder(nlp, text: str, earlier_actor: str = "mary-lane") -> str | None:
    doc, _article, tables = _make(nlp, text)
    ctx = Context.build(doc, tables)
    first, last = [t for t in doc if t.lower_ == "she"][:2]
    ctx.token_actor[first.i] = earlier_actor  # coreference linked the first "she"
    ctx.token_actor[last.i] = earlier_actor
    return ctx.holder_at(last)


def test_a_subject_pronoun_continues_the_subject_pronoun_before_it(nlp):
    text = "Mary Lane spoke on Monday. She said Tom Reed should win the prize. She also praised the plan."
    assert _holder(nlp, text) == "mary-lane"
    with rules.switched_off("pronoun-chain"):
        assert _holder(nlp, text) == "tom-reed"  # the one person named in the sentence before


def test_the_named_person_as_subject_still_wins(nlp):
    text = "Mary Lane spoke on Monday. She left. Tom Reed said the prize was fair. She also praised the plan."
    doc, _article, tables = _make(nlp, text)
    ctx = Context.build(doc, tables)
    she = [t for t in doc if t.lower_ == "she"][-1]
    ctx.token_actor[she.i] = "mary-lane"
    assert ctx.holder_at(she) == "tom-reed"  # rule last-named-person: the chain needs a pronoun subject
