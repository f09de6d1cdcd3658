"""The actor phases' word classes are data: ``word,kind`` tables read through ``helpers.lexicon.word_classes``."""
import pytest

from helpers import lexicon, reference


@pytest.mark.parametrize("table", sorted(lexicon.WORD_CLASS_KINDS))
def test_every_kind_has_words_in_lower_case(table):
    classes = lexicon.word_classes(table)
    assert set(classes) == set(lexicon.WORD_CLASS_KINDS[table])
    for kind, words in classes.items():
        assert words, f"{table}: no word of kind {kind}"
        assert all(w == w.lower() and w.strip() == w for w in words)


def test_an_unknown_kind_is_an_error(tmp_path, monkeypatch):
    (tmp_path / "reference").mkdir()
    (tmp_path / "reference" / "name_particles.csv").write_text("# invented\nword,kind\nal,joined\nzu,prefix\n")
    monkeypatch.setattr(reference, "DATA_DIR", tmp_path)
    reference.read_table.cache_clear()
    lexicon.word_classes.cache_clear()
    try:
        with pytest.raises(ValueError, match="unknown kind 'prefix'"):
            lexicon.word_classes("name_particles.csv")
    finally:
        reference.read_table.cache_clear()
        lexicon.word_classes.cache_clear()


def test_a_joined_particle_from_the_table_drops_from_a_surname():
    from helpers.actors.people import _particle_forms

    assert _particle_forms(("Karim", "ash-Shadi")) == [("Karim", "Shadi")]
    assert _particle_forms(("Karim", "Ashby-Shadi")) == []
