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
    assert str(doc._.okr_suggestions[0]).startswith("Apply SEO to 3 pieces of real work")


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
