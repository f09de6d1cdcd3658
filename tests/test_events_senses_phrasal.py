"""Phrasal rows of event_phrasal_verbs.csv for abstaining and joining ("sat out the vote", "stayed away from
the convention", "came aboard", "came together"), on invented sentences: the particle makes the event, the
bare verb names none."""
from __future__ import annotations

import pytest

from tests.test_events_senses import category


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ola Berg sat out the vote on Monday.", "sat", "REJECT"),
    ("Ola Berg stayed away from the summit in May.", "stayed", "REJECT"),
    ("Ola Berg came aboard in May.", "came", "SUPPORT"),
    ("Chile and Peru came together on the plan.", "came", "AGREE"),
])
def test_particle_makes_the_event(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected


@pytest.mark.parametrize("text,trigger", [
    ("Ola Berg sat in the front row.", "sat"),
    ("Ola Berg stayed in Oslo in May.", "stayed"),
    ("Ola Berg came to Oslo in May.", "came"),
])
def test_bare_verb_names_no_event(nlp, text, trigger):
    assert category(nlp, text, trigger) is None


@pytest.mark.parametrize("text,trigger,expected", [
    ("Ola Berg shrugged off Tom Reed's comments on Monday.", "shrugged", "REJECT"),
    ("Chile turned down Peru's request on Monday.", "turned", "REJECT"),
    ("Ola Berg spoke highly of Tom Reed on Monday.", "spoke", "SUPPORT"),
    ("Ola Berg spoke with Tom Reed on Monday.", "spoke", "CONSULT"),
    ("Chile built up its forces on the border in May.", "built", "MOBILIZE"),
])
def test_fourth_pass_particles_make_the_event(nlp, text, trigger, expected):
    assert category(nlp, text, trigger) == expected


@pytest.mark.parametrize("text,trigger", [
    ("Ola Berg spoke at the convention on Monday.", "spoke"),
    ("Chile turned to the sea.", "turned"),
])
def test_fourth_pass_bare_verbs_name_no_event(nlp, text, trigger):
    assert category(nlp, text, trigger) is None
