"""The PolNeAR-style quote scorer: brat reading, the contract's matching rules, the command."""
from __future__ import annotations

import pytest

from helpers.evaluate import quotes as ev
from helpers.evaluate.quotes import Gold, Pred

TEXT = "“We will win,” Smith said. “It is certain.” Jones said the vote was close.\n"
ANN = (
    "T1\tSource 15 20\tSmith\n"
    "T2\tCue 21 25\tsaid\n"
    "T3\tContent 0 14;27 43\t“We will win,” “It is certain.”\n"
    "T4\tAttribution 21 25\tsaid\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 44 49\tJones\n"
    "T6\tCue 50 54\tsaid\n"
    "T7\tContent 55 73\tthe vote was close\n"
    "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5\n"
)


def test_read_ann_joins_discontinuous_spans(tmp_path):
    path = tmp_path / "a_x.ann"
    path.write_text(ANN, encoding="utf-8")
    gold = ev.read_ann(path)
    assert gold == [Gold(content=[(0, 14), (27, 43)], source=[(15, 20)], cue=[(21, 25)]),
                    Gold(content=[(55, 73)], source=[(44, 49)], cue=[(50, 54)])]
    assert gold[0].length == 30


def test_matching_rules():
    gold = [Gold([(0, 14), (27, 43)], [(15, 20)]), Gold([(55, 73)], [(44, 49)])]
    preds = [
        Pred(1, 42, "direct", [(15, 20)], "smith"),      # covers both pieces: content and speaker right
        Pred(55, 73, "indirect", [(0, 5)], "x"),        # content right, speaker wrong
        Pred(60, 68, "partial", [(0, 5)], "x"),         # inside the indirect of the same speaker: not counted
        Pred(60, 64, "partial", [(44, 49)], "jones"),   # another speaker's: counted, unmatched
    ]
    s = ev.score_article(gold, preds, TEXT)
    assert s == {"gold": 2, "pred": 3, "matched": 2, "right": 1, "direct": 1, "direct_found": 1}
    f = ev.figures(s)
    assert f["content_p"] == pytest.approx(2 / 3) and f["content_r"] == 1.0
    assert f["speaker_acc"] == 0.5 and f["wsw_r"] == 0.5 and f["direct_recall"] == 1.0


def test_overlap_must_reach_half_of_the_longer_span():
    gold = [Gold([(55, 73)], [(44, 49)])]
    assert ev.score_article(gold, [Pred(55, 63, "indirect", [(44, 49)], "j")], TEXT)["matched"] == 0
    assert ev.score_article(gold, [Pred(55, 64, "indirect", [(44, 49)], "j")], TEXT)["matched"] == 1
    # one-to-one: the larger overlap wins, the other prediction stays unmatched
    s = ev.score_article(gold, [Pred(55, 70, "indirect", [], None), Pred(55, 73, "indirect", [], None)], TEXT)
    assert (s["matched"], s["pred"]) == (1, 2)


def test_is_direct():
    assert ev.is_direct(TEXT, Gold([(0, 14), (27, 43)], []))
    assert not ev.is_direct(TEXT, Gold([(55, 73)], []))


def test_command_on_a_small_folder(tmp_path, capsys, nlp):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "one.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "one_b.ann").write_text(ANN, encoding="utf-8")
    (tmp_path / "attributions" / "one_a.ann").write_text("", encoding="utf-8")  # first in sorted order
    assert ev.main(["--data", str(tmp_path), "--no-textacy"]) == 0
    out = capsys.readouterr().out
    assert "0 gold attributions" in out and "who-said-what F1" in out
    (tmp_path / "attributions" / "one_a.ann").unlink()
    assert ev.main(["--data", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2 gold attributions" in out and "textacy" in out


def test_command_rejects_missing_folder(tmp_path, capsys):
    assert ev.main(["--data", str(tmp_path / "nope")]) == 2
    assert ev.main(["--data", str(tmp_path)]) == 2


def test_polnear_dev_smoke(shared_dir, capsys, nlp):
    data = shared_dir / "eval" / "polnear-dev"
    if not data.is_dir():
        pytest.skip("polnear-dev is absent")
    res = ev.run(data, limit=3, textacy=False)
    assert res["n_articles"] == 3
    assert res["ours"]["content_f1"] > 0.3


def test_textacy_baseline_survives_one_unbalanced_paragraph(nlp):
    pytest.importorskip("textacy")
    text = ("“The plan will fail,” said John Smith.\n"
            "Critics called it a “disaster and moved on.\n"
            "“We will fight it,” said Ann Lee.\n")
    preds = ev.textacy_predictions(nlp(text))
    found = [text[p.start:p.end] for p in preds]
    assert "The plan will fail," in found and "We will fight it," in found
    assert all(text[a:b] in ("John", "Smith", "Ann", "Lee", "said") for p in preds for a, b in p.speaker_spans)


#: "“A,” Smith said, “and B.”": one quotation that its attribution interrupts mid-sentence
TEXT_INTERRUPTED = "“We will win,” Smith said, “and it is certain.” Jones said the vote was close.\n"
ANN_INTERRUPTED = (
    "T1\tSource 15 20\tSmith\n"
    "T2\tCue 21 25\tsaid\n"
    "T3\tContent 0 14;27 47\t“We will win,” “and it is certain.”\n"
    "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 48 53\tJones\n"
    "T6\tCue 54 58\tsaid\n"
    "T7\tContent 59 77\tthe vote was close\n"
    "E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5\n"
)


def test_by_rule_measures_what_switching_each_rule_off_costs(tmp_path, capsys, nlp):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "one.txt").write_text(TEXT_INTERRUPTED, encoding="utf-8")
    (tmp_path / "attributions" / "one_b.ann").write_text(ANN_INTERRUPTED, encoding="utf-8")
    res = ev.by_rule(tmp_path, cache=tmp_path / "cache")
    assert res["n_articles"] == 1 and res["totals"]["gold"] == 2 and res["f1"] > 0
    rules = {r["rule"]: r for r in res["rules"]}
    # "Smith said", "Jones said": without the subject rule neither speaker is found, and F1 drops
    assert rules["subject"]["fires"] >= 2 and rules["subject"]["cost"] > 0
    assert rules["subject"]["f1_without"] < res["f1"]
    # "“A,” Smith said, “and B.”" is one quotation only through the interrupted-quotation rule
    assert rules["interrupted-quotation"]["fires"] == 1 and rules["interrupted-quotation"]["cost"] > 0
    # a rule that never fires here costs nothing
    assert rules["transcript-turns"]["fires"] == 0 and rules["transcript-turns"]["cost"] == 0
    assert list((tmp_path / "cache").glob("*.spacy"))  # the parse is kept for the next run
    page = tmp_path / "rules.md"
    assert ev.main(["--data", str(tmp_path), "--by-rule", "--cache", str(tmp_path / "cache"), "--write", str(page)]) == 0
    out = capsys.readouterr().out
    assert "interrupted-quotation" in out and "F1 without" in out
    assert "| `interrupted-quotation` |" in page.read_text(encoding="utf-8")
