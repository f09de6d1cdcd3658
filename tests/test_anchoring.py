"""``python -m helpers.evaluate anchoring``: TimeML reading, link direction, value matching, the command."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from helpers.evaluate import anchoring

ROOT = Path(__file__).resolve().parents[1]

# An invented TimeML document: one event linked from its side, one from the time's side,
# one linked to the creation time only, and one linked to a vague PAST_REF.
TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>invented</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-16" temporalFunction="false" functionInDocument="CREATION_TIME">May 16, 2025</TIMEX3></DCT>
<TEXT>
Norway <EVENT eid="e1" class="OCCURRENCE">rejected</EVENT> the proposal on <TIMEX3 tid="t1" type="DATE" value="2025-05-13">Tuesday</TIMEX3>.
Chile <EVENT eid="e2" class="OCCURRENCE">signed</EVENT> the accord in <TIMEX3 tid="t2" type="DATE" value="2024">2024</TIMEX3>.
Peru <EVENT eid="e3" class="OCCURRENCE">criticized</EVENT> the deal.
Chile <EVENT eid="e4" class="OCCURRENCE">welcomed</EVENT> the plan <TIMEX3 tid="t3" type="DATE" value="PAST_REF">recently</TIMEX3> &amp; more.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e3" eiid="ei3" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e4" eiid="ei4" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei4" relatedToTime="t3"/>
</TimeML>
"""


@pytest.fixture()
def tml_dir(tmp_path):
    folder = tmp_path / "nested"
    folder.mkdir()
    (folder / "invented.tml").write_text(TML, encoding="utf-8")
    return tmp_path


def test_parse_reads_text_spans_and_links_from_either_side(tml_dir):
    doc = anchoring.parse(tml_dir / "nested" / "invented.tml")
    assert doc.dct == "2025-05-16"
    assert doc.text[doc.events["e1"].start:doc.events["e1"].end] == "rejected"
    assert doc.text[doc.timexes["t2"].start:doc.timexes["t2"].end] == "2024"
    assert "& more" in doc.text
    # ei2 is linked from the time's side (t2 INCLUDES ei2), read as e2 IS_INCLUDED t2
    assert doc.anchors == {"e1": {"t1"}, "e2": {"t2"}}
    assert doc.vague == {"e4": {"t3"}}


@pytest.mark.parametrize("value,day,ok", [
    ("2025-05-13", "2025-05-13", True), ("2025-05", "2025-05-13", True), ("2025", "2025-01-01", True),
    ("2025-05-13", "2025-05-12", False), ("2025-W20", "2025-05-13", True), ("2025-W21", "2025-05-13", False),
    ("2025-Q2", "2025-05-13", True), ("2025-Q3", "2025-05-13", False), ("PRESENT_REF", "2025-05-16", True),
    ("1998-10-XX", "1998-10-04", True), ("2025", None, False),
])
def test_value_contains(value, day, ok):
    assert anchoring.value_contains(value, day, "2025-05-16") is ok


def test_calendar_values():
    assert anchoring.is_calendar("2025-05") and anchoring.is_calendar("PRESENT_REF")
    assert not anchoring.is_calendar("PAST_REF") and not anchoring.is_calendar("P1W")


def test_score_counts_engine_events_on_linked_gold_events(tml_dir, nlp):
    from helpers.article import from_text
    from helpers.engine import analyze

    doc = anchoring.parse(tml_dir / "nested" / "invented.tml")
    tables = analyze(from_text(doc.text, article_id="invented", published=doc.dct), nlp=nlp)
    right, base, n = anchoring.score_doc(doc, tables)
    by_trigger = {doc.text[e.trigger_start:e.trigger_end]: e.date for e in tables.events}
    assert {"rejected", "signed"} <= set(by_trigger)  # country actors: the engine finds these two
    # criticized links only to the DCT (not in the text) and welcomed only to PAST_REF: not items
    assert n == 2
    assert right == sum(by_trigger[w].startswith(v) for w, v in (("rejected", "2025-05-13"), ("signed", "2024")))


def test_command_last_line_and_bad_folder(tml_dir, tmp_path):
    run = subprocess.run([sys.executable, "-m", "helpers.evaluate", "anchoring", "--data", str(tml_dir)],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    last = run.stdout.strip().splitlines()[-1]
    assert last.startswith("anchoring accuracy ") and last.endswith(")")
    empty = tmp_path / "empty"
    empty.mkdir()
    bad = subprocess.run([sys.executable, "-m", "helpers.evaluate", "anchoring", "--data", str(empty)],
                         capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert bad.returncode == 2 and "no .tml files" in bad.stderr
