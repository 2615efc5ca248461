"""The pipeline: model checks, component order, records surviving serialisation and processes."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

import newsprobe
from newsprobe import pipeline
from newsprobe.errors import ModelError
from newsprobe.model import Analysis

TEXTS = [
    'Harbour master Lena Falk said on Monday that "the port will reopen within 48 hours". Falk added that '
    "more than 300 boats were waiting.",
    "The Tarvik city council approved a budget of $12 million on Friday, according to its chairman, Omar Weiss.",
    "Nobody was hurt when a crane collapsed near the docks on Sunday, officials said.",
]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.load(["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates", "newsprobe_quantities"])


def test_components_run_in_declared_order(nlp) -> None:  # type: ignore[no-untyped-def]
    names = [n for n in nlp.pipe_names if n.startswith("newsprobe_")]
    declared = [n for n, _ in pipeline.COMPONENTS if n in names]
    assert names == ["newsprobe_paragraphs", *declared]
    assert nlp.pipe_names.index("newsprobe_paragraphs") < nlp.pipe_names.index("parser")


def test_unknown_component_is_a_coded_error() -> None:
    with pytest.raises(ModelError) as exc:
        pipeline.load(["newsprobe_everything"])
    assert exc.value.code.value == "NP109"


def test_records_survive_doc_serialisation(nlp) -> None:  # type: ignore[no-untyped-def]
    article = pipeline.make_article(TEXTS[0], published="2025-03-12")
    doc = nlp(pipeline._doc_for(nlp, article))
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert pipeline.to_analysis(again) == pipeline.to_analysis(doc)
    assert pipeline.to_analysis(doc).quotes, "the fixture text has a quote"


def test_batch_in_input_order_and_same_as_single(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [pipeline.make_article(t, published="2025-03-12") for t in TEXTS]
    batch = list(newsprobe.analyze_many(articles, nlp=nlp, batch_size=2))
    single = [newsprobe.analyze(a, nlp=nlp) for a in articles]
    assert [a.article.id for a in batch] == [a.id for a in articles]
    assert batch == single
    assert all(isinstance(a, Analysis) for a in batch)


def test_two_processes_give_the_same_analyses(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [pipeline.make_article(t, published="2025-03-12") for t in TEXTS]
    assert list(newsprobe.analyze_many(articles, nlp=nlp, n_process=2, batch_size=1)) == list(
        newsprobe.analyze_many(articles, nlp=nlp)
    )


def test_analyze_overrides_article_metadata(nlp) -> None:  # type: ignore[no-untyped-def]
    article = pipeline.make_article(TEXTS[2], outlet="A")
    result = newsprobe.analyze(article, published="2025-03-12", outlet="B", nlp=nlp)
    assert (result.article.outlet, result.article.published) == ("B", "2025-03-12")
    assert any(d.value == "2025-03-09" for d in result.dates)  # "on Sunday" before Wed 12 March


def test_a_headline_line_is_its_own_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Fighters during a training exercise near the border\nThe commander said the drills would go on.")
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Fighters during a training exercise near the border"
    quote = next(q for q in doc._.quotes if q.cue and q.cue.text == "said")
    assert quote.speaker is not None and quote.speaker.mention.text == "The commander"


def test_hard_wrapped_text_keeps_sentences_across_lines() -> None:
    from newsprobe.components.paragraphs import looks_hard_wrapped

    wrapped = "\n".join(["The council met on Monday to discuss the budget for next year and"] * 6)
    assert looks_hard_wrapped(wrapped)
    assert not looks_hard_wrapped("Headline\n\nFirst paragraph ends here.\n\nSecond one too.")
