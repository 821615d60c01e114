import spacy

import okrcoach  # noqa: F401  (registers nothing by import; the factory comes through the entry point)
from okrcoach.spacy_component import make_okrcoach  # noqa: F401


def test_english_pipeline_sets_doc_extensions():
    nlp = spacy.blank("en")
    nlp.add_pipe("okrcoach")
    doc = nlp("I want to learn SEO")
    assert doc._.okr_label == "task"
    assert 0 < doc._.okr_confidence <= 1
    assert any(c.id == "wish_form" and c.fired for c in doc._.okr_checks)
    assert str(doc._.okr_suggestions[0]).startswith("Complete 3 online courses about SEO")


def test_japanese_pipeline_uses_japanese():
    nlp = spacy.blank("xx")  # spaCy's own "ja" needs SudachiPy; the component takes the language from the text
    nlp.add_pipe("okrcoach")
    doc = nlp("解約率を5%から3%に下げる")
    assert doc._.okr_label == "key_result"
    assert doc._.okr_verdict.lang == "ja"


def test_nlp_pipe_batches_and_keeps_order():
    nlp = spacy.blank("en")
    nlp.add_pipe("okrcoach")
    texts = ["Learn SEO", "Close 10 new enterprise deals", "Improve customer satisfaction", ""]
    docs = list(nlp.pipe(texts, batch_size=2))
    assert [d._.okr_label for d in docs] == ["task", "key_result", "objective", None]
    assert docs[3]._.okr_error.startswith("empty statement")


def test_bad_docs_get_a_reason_and_do_not_lose_the_batch():
    nlp = spacy.blank("en")
    nlp.add_pipe("okrcoach")
    texts = ["Close 10 new enterprise deals", "---", "Grow revenue " * 400, "・", "Learn SEO"]
    docs = list(nlp.pipe(texts, batch_size=8))
    assert [d._.okr_label for d in docs] == ["key_result", None, None, None, "task"]
    assert "no words" in docs[1]._.okr_error and "characters long" in docs[2]._.okr_error


def test_english_pipeline_reads_japanese_text_as_japanese():
    nlp = spacy.blank("en")
    nlp.add_pipe("okrcoach")
    assert nlp("SEOを学びたい")._.okr_verdict.lang == "ja"


def test_configured_language_is_used_and_checked():
    import pytest

    nlp = spacy.blank("en")
    nlp.add_pipe("okrcoach", config={"lang": "ja"})
    assert nlp("SEO")._.okr_verdict.lang == "ja"
    with pytest.raises(ValueError, match="lang must be one of"):
        spacy.blank("en").add_pipe("okrcoach", config={"lang": "fr"})


def test_suggestions_are_not_built_until_read():
    nlp = spacy.blank("en")
    nlp.add_pipe("okrcoach")
    doc = nlp("Learn SEO")
    assert doc._.okr_verdict._suggestions is None
    assert doc._.okr_suggestions and doc._.okr_verdict._suggestions is not None
