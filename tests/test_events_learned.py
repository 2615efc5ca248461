"""The learned event type: a clause no lexicon entry types, read by the shipped model, then by the rules."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from spacy.language import Language

from newsprobe.components.events import learned
from newsprobe.errors import ModelError
from newsprobe.model import Event
from newsprobe.train import event_types


def _events(nlp: Language, text: str) -> list[Event]:
    from newsprobe.evaluate.plover import _doc

    return list(_doc(nlp, text, "2024-03-04")._.events or [])


def test_the_shipped_model_fits_its_labels() -> None:
    model = learned.load()
    assert "NONE" in model.labels and {"ASSAULT", "SANCTION", "REQUEST", "CONSULT"} <= set(model.labels)
    assert model.coef.shape == (len(model.labels), 2 * 384)
    assert 0.5 <= model.threshold <= 0.95
    probs = model.probabilities(np.zeros((2, 2 * 384)))
    assert probs.shape == (2, len(model.labels)) and np.allclose(probs.sum(axis=1), 1.0)


def test_a_missing_model_is_a_model_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as err:
        learned.load(tmp_path / "none.npz")
    assert err.value.code.value == "NP201"


def test_a_verb_no_entry_types_gets_the_learned_type_for_either_side(event_nlp: Language) -> None:
    # "slashed budget support" is in no lexicon: the model types it, whichever government does it,
    # with the same probability (the names are masked before the encoder reads the sentence)
    probabilities = []
    for doer, other in (("Kenyan", "Somalia"), ("Somali", "Kenya")):
        found = _events(event_nlp, f"The {doer} government slashed budget support to {other} on Monday.")
        assert len(found) == 1
        e = found[0]
        assert e.type == "SANCTION" and e.learned is not None and e.learned >= learned.load().threshold
        assert e.source is not None and doer in e.source.name
        assert e.target is not None and e.target.name == other
        probabilities.append(e.learned)
    assert probabilities[0] == probabilities[1]


def test_mirrored_sentences_read_the_same_to_the_model(event_nlp: Language) -> None:
    from newsprobe.evaluate.plover import _doc

    pairs = [
        ("The Kenyan government kitted out the Somali army with armoured vehicles.",
         "The Somali government kitted out the Kenyan army with armoured vehicles."),
        ("Israeli troops rained mortar rounds on Hezbollah positions near Nabatieh.",
         "Hezbollah fighters rained mortar rounds on Israeli positions near Metula."),
    ]  # fmt: skip
    for a, b in pairs:
        views = []
        for text in (a, b):
            sent = next(iter(_doc(event_nlp, text, None).sents))
            views.append(learned.masked_view(learned.main_verb(sent))[0])
        assert "Party" in views[0] and views[0].count("Party") == views[1].count("Party")
    a, b = pairs[0]
    ea, eb = _events(event_nlp, a), _events(event_nlp, b)
    assert [(e.type, e.learned) for e in ea] == [(e.type, e.learned) for e in eb]


def test_the_rules_still_decide_modality_voice_and_actors(event_nlp: Language) -> None:
    assert _events(event_nlp, "The Kenyan government did not slash budget support to Somalia.") == []
    future = _events(event_nlp, "The Kenyan government will slash budget support to Somalia.")
    assert [e.type for e in future] in ([], ["THREATEN"])  # a future hostile act is a threat, never done
    reported = _events(event_nlp, "Officials said the Kenyan government slashed budget support to Somalia.")
    assert [e.type for e in reported] == ["SANCTION"]
    assert reported[0].voice == "quoted" and reported[0].claimed_by is not None
    # a private person's act is left to the rules (none here), whatever the model would say
    assert _events(event_nlp, "His wife slashed budget support to the charity on Monday.") == []


def test_events_the_lexicons_type_are_not_marked_learned(event_nlp: Language) -> None:
    found = _events(event_nlp, "Norvalan troops shelled the Corvanese border town of Kesh on Sunday.")
    assert [e.type for e in found] == ["ASSAULT"] and found[0].learned is None


def test_fit_learns_separable_classes_and_the_threshold_rule() -> None:
    rng = np.random.default_rng(0)
    centres = np.array([[4.0, 0.0], [0.0, 4.0], [-4.0, -4.0]])
    y = np.repeat(np.arange(3), 40)
    x = centres[y] + rng.normal(size=(120, 2))
    weights = event_types.fit(x, y, 3, l2=1.0)
    pred = event_types._probabilities(weights, x).argmax(axis=1)
    assert (pred == y).mean() > 0.95
    # out of fold, a confident type given to these classes is right; the rule picks the lowest
    # threshold meeting the precision on every origin it reads
    prob = event_types.cross_validate(x, y, 3)
    origins = np.array(["own", "plover"] * 60)
    t = event_types.choose_threshold(prob, y, 2, origins, 0.9)
    assert 0.5 <= t <= 0.95
    fired, right = event_types.precision_at(prob, y, 2, t, origins == "own")
    assert fired > 0 and right / fired >= 0.9


def test_reports_say_which_types_are_learned(event_nlp: Language) -> None:
    from newsprobe.evaluate.plover import _doc
    from newsprobe.pipeline import to_analysis
    from newsprobe.render.html import render_html
    from newsprobe.render.markdown import render_markdown

    doc = _doc(event_nlp, "The Kenyan government slashed budget support to Somalia on Monday.", "2024-03-04")
    analysis = to_analysis(doc)
    assert [e.learned is not None for e in analysis.events] == [True]
    assert "SANCTION (learned, p 0." in render_markdown(analysis)
    assert "SANCTION (learned, p 0." in render_html(analysis)


def test_an_infinitive_or_a_first_person_offers_nothing(event_nlp: Language) -> None:
    from newsprobe.evaluate.plover import _doc

    for text in ("For Norvalans To Join Corvanese Rebels", "We slashed budget support to Somalia on Monday."):
        sent = next(iter(_doc(event_nlp, text, None).sents))
        assert learned.offered_verb(sent) is None, text
    sent = next(iter(_doc(event_nlp, "The Kenyan government slashed budget support to Somalia.", None).sents))
    offered = learned.offered_verb(sent)
    assert offered is not None and offered.lower_ == "slashed"
