"""Even-handedness: the same claim with the sides swapped gets the same treatment.

``tests/data/mirrored_pairs.jsonl`` holds hand-written sentence pairs (``kind: pair``) in which the
parties of a conflict (Israel/Palestine/Lebanon/Iran, Russia/Ukraine, US left/right, EU/member
states) swap places, each side's loaded vocabulary replaced by the other side's mirror term, in
both directions; and neutral news sentences (``kind: neutral``) that must draw no term at all.
The lexicon itself must name more than one side in every side-specific category.

The statistical technique model masks party names before it reads a text, so swapping which
party is named must not change its output at all (exact), while mirrored pairs, which also swap
the loaded words themselves, are held to measured floors.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from newsprobe import pipeline
from newsprobe.components.terms import ANY, CATEGORIES, SIDES, read_exemptions, read_lexicon
from newsprobe.errors import ModelError

DATA = Path(__file__).resolve().parent / "data" / "mirrored_pairs.jsonl"
RECORDS: list[dict[str, Any]] = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
PAIRS = [r for r in RECORDS if r["kind"] == "pair"]
NEUTRAL = [r for r in RECORDS if r["kind"] == "neutral"]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.load(components=["newsprobe_terms"])


def categories(nlp: Language, text: str) -> Counter[str]:
    return Counter(hit.category for hit in nlp(text)._.terms)


# --- the data file itself -----------------------------------------------------------------------


def test_pairs_file_is_big_enough_and_covers_every_conflict() -> None:
    assert len(PAIRS) >= 40 and len(NEUTRAL) >= 20
    assert {p["conflict"] for p in PAIRS} == {"mideast", "ruua", "us", "eu"}
    assert len({r["id"] for r in RECORDS}) == len(RECORDS)
    assert all(p["a"] != p["b"] for p in PAIRS)


# --- terms --------------------------------------------------------------------------------------


@pytest.mark.parametrize("pair", PAIRS, ids=[p["id"] for p in PAIRS])
def test_mirrored_pair_gets_the_same_categories(nlp: Language, pair: dict[str, Any]) -> None:
    a, b = categories(nlp, pair["a"]), categories(nlp, pair["b"])
    assert a, f"no loaded term found in {pair['a']!r}"
    assert a == b


@pytest.mark.parametrize("record", NEUTRAL, ids=[r["id"] for r in NEUTRAL])
def test_neutral_sentence_has_no_terms(nlp: Language, record: dict[str, Any]) -> None:
    assert [(h.text, h.category) for h in nlp(record["text"])._.terms] == []


# --- the lexicon --------------------------------------------------------------------------------


def test_lexicon_entries_are_complete_and_unique() -> None:
    entries = read_lexicon()
    assert len(entries) > 200
    keys = [(e.term.lower(), tuple(sorted(e.pos))) for e in entries]
    duplicates = [k for k, n in Counter(keys).items() if n > 1]
    assert duplicates == []
    for entry in entries:
        assert entry.category in CATEGORIES and entry.neutral.strip() and entry.targets


def test_side_specific_categories_name_more_than_one_side() -> None:
    sides: dict[str, set[str]] = defaultdict(set)
    for entry in read_lexicon():
        sides[entry.category].update(t for t in entry.targets if t != ANY)
    side_specific = {c: s for c, s in sides.items() if s}
    assert len(side_specific) >= 8
    lopsided = {c: s for c, s in side_specific.items() if len(s) < 2}
    assert lopsided == {}


def test_every_side_of_every_conflict_is_targeted() -> None:
    count: Counter[str] = Counter(t for e in read_lexicon() for t in e.targets)
    for conflict, sides in SIDES.items():
        for side in sides:
            assert count[f"{conflict}:{side}"] >= 3, f"{conflict}:{side} has too few entries"


def test_conflicts_are_mirrored_within_each_category() -> None:
    """Where a category names one side of a conflict, it names the other side (mideast: another).

    Migration is left out: there are loaded terms aimed at migrants (dehumanising, conspiracy)
    that have no real mirror aimed at their opponents; a made-up mirror would be no better.
    """
    by_category: dict[str, set[str]] = defaultdict(set)
    for entry in read_lexicon():
        by_category[entry.category].update(t for t in entry.targets if t != ANY)
    missing = []
    for category, targets in by_category.items():
        for conflict in ("mideast", "ruua", "us", "eu"):
            named = {t.split(":")[1] for t in targets if t.startswith(conflict + ":")}
            enough = len(named) >= 2 if conflict == "mideast" else named == set(SIDES[conflict])
            if named and not enough:
                missing.append((category, conflict, sorted(named)))
    assert missing == []


def test_exemptions_do_not_shadow_lexicon_terms() -> None:
    terms = {e.term.lower() for e in read_lexicon()}
    assert not terms & {p.lower() for p in read_exemptions()}


# --- persuasion techniques (when that model is available) ---------------------------------------

#: sentences written for this test: {A} and {B} are filled with the two parties of a conflict
TEMPLATES = [
    "{A} leaders are bloodthirsty terrorists who will stop at nothing, {B} officials said on Monday.",
    "The talks between {A} and {B} resumed in Geneva on Tuesday, according to a joint statement.",
    "Every patriot knows that {A} is destroying everything we hold dear, while {B} stands firm.",
    "{A} said it had delivered 40 tonnes of grain to the border crossing on Friday.",
    "Is {B} really interested in peace, or is this just another cynical trick by {A}?",
    "{A} claimed the strike hit only military targets; {B} said a school was destroyed.",
    "Wake up! {A} has lied to you for decades, and only fools still trust {B}.",
    "A delegation from {A} met negotiators from {B} to discuss a prisoner exchange.",
    "The shameful, cowardly attack by {A} proves that {B} must never negotiate with monsters.",
    "Experts warn that if {B} gives an inch, {A} will take everything, and the whole region will burn.",
    "{A} and {B} both reported heavy rain in the north on Sunday.",
    "According to {A}, the so-called ceasefire was broken by {B} within hours.",
]
#: the two parties of several conflicts; each template is filled both ways round
PARTIES = [
    ("Israel", "Hamas"), ("Iran", "Israel"), ("Russia", "Ukraine"), ("Putin", "Zelensky"),
    ("Democrats", "Republicans"), ("EU", "Hungary"),
]
#: Issue 11 targets, asserted on ALL spans (the JSON keeps all): detection parity >= 40/48, label sets
#: agree >= 36/48; neutral sentences with no confident span >= 25/26. Exact agreement is not expected
#: of a statistical model here: the pairs also differ in words outside the lexicon. Since 2026-12-03
#: side-specific lexicon terms are masked like names (components/side_terms.py), so the model cannot
#: see which side an epithet targets; measured then 41/48 labels, 43/48 detection (30/48 and 33/48
#: before). The confident set (si_score >= the CV-chosen threshold, 0.85) holds no span on these short
#: sentences (0 of 96, before and after; the highest si_score is 0.80), so agreement on it alone is
#: vacuous: the all-span figures are asserted, and enough mirrored sentences must draw a span for them
#: to mean much (masking the terms with "Party", which no span may cover, left 29/96: this fails).
MIRRORED_LABEL_AGREEMENT_MIN = 36
MIRRORED_DETECTION_PARITY_MIN = 40
MIRRORED_WITH_SPAN_MIN = 40  # measured 49/96 sentences with at least one span (51 before the masking)
NEUTRAL_NO_CONFIDENT_MIN = 25
NEUTRAL_CLEAN_FLOOR = 0.88  # measured 24/26 = 0.92 neutral sentences without any technique span (25/26 before)


@pytest.fixture(scope="module")
def techniques() -> Language:
    try:
        return pipeline.load(components=["newsprobe_techniques"])
    except (ModelError, ImportError) as exc:
        pytest.skip(f"technique model unavailable: {exc}")


def _relative(text: str, a: str, b: str) -> str:
    """``text`` with the filled names put back as {A}/{B} (positions relative to the template)."""
    marks = sorted([(a, "{A}"), (b, "{B}")], key=lambda m: -len(m[0]))
    tmp = text
    for k, (name, _) in enumerate(marks):
        tmp = tmp.replace(name, f"\x00{k}\x00")
    for k, (_, slot) in enumerate(marks):
        tmp = tmp.replace(f"\x00{k}\x00", slot)
    return tmp


def _technique_view(nlp: Language, template: str, a: str, b: str) -> list[tuple[str, str, str]]:
    text = template.format(A=a, B=b)
    doc = nlp(text)
    return [(_relative(text[: s.start], a, b), _relative(s.text, a, b), s.technique) for s in doc._.techniques]


@pytest.mark.parametrize("pair", PARTIES, ids=["/".join(p) for p in PARTIES])
def test_name_swap_changes_no_technique(techniques: Language, pair: tuple[str, str]) -> None:
    x, y = pair
    found = 0
    for template in TEMPLATES:
        one = _technique_view(techniques, template, x, y)
        other = _technique_view(techniques, template, y, x)
        assert one == other, template
        found += len(one)
    assert found >= 3, "the loaded templates should draw some technique spans"


def _agreement(label_sets: list[set[str]]) -> tuple[int, int]:
    agree = sum(label_sets[2 * i] == label_sets[2 * i + 1] for i in range(len(PAIRS)))
    parity = sum(bool(label_sets[2 * i]) == bool(label_sets[2 * i + 1]) for i in range(len(PAIRS)))
    return agree, parity


def test_mirrored_pairs_agree_on_techniques(techniques: Language) -> None:
    texts = [t for p in PAIRS for t in (p["a"], p["b"])]
    docs = list(techniques.pipe(texts))
    agree, parity = _agreement([{s.technique for s in doc._.techniques} for doc in docs])
    sure_agree, sure_parity = _agreement([{s.technique for s in doc._.techniques if s.confident} for doc in docs])
    with_span = sum(bool(doc._.techniques) for doc in docs)
    confident = sum(s.confident for doc in docs for s in doc._.techniques)
    print(f"all spans: technique label sets agree on {agree}/{len(PAIRS)} mirrored pairs; "
          f"detection parity {parity}/{len(PAIRS)}; {with_span}/{len(docs)} sentences with a span; "
          f"confident spans (what reports show): {confident}, labels agree {sure_agree}/{len(PAIRS)}, "
          f"detection parity {sure_parity}/{len(PAIRS)}")
    assert with_span >= MIRRORED_WITH_SPAN_MIN, "too few spans on the mirrored sentences for agreement to mean much"
    assert agree >= MIRRORED_LABEL_AGREEMENT_MIN
    assert parity >= MIRRORED_DETECTION_PARITY_MIN
    # the confident subset must agree at least as well as the issue asks of all spans
    assert sure_agree >= MIRRORED_LABEL_AGREEMENT_MIN and sure_parity >= MIRRORED_DETECTION_PARITY_MIN


#: sentences written for this test, {X} filled with mirrored epithets the lexicon lists for each side
EPITHET_TEMPLATES = [
    "The {X} ordered fresh strikes on the harbour overnight, officials said.",
    "Residents said {X} troops burned the granary and shot at fleeing families.",
]
EPITHET_PAIRS = [
    ("Zionist regime", "Mullah regime"), ("Kyiv regime", "Kremlin regime"),
    ("Zionist entity", "Tehran regime"), ("Orbán regime", "Brussels diktat"),
]


@pytest.mark.parametrize("pair", EPITHET_PAIRS, ids=["/".join(p) for p in EPITHET_PAIRS])
def test_mirrored_epithet_swap_changes_no_technique(techniques: Language, pair: tuple[str, str]) -> None:
    """Side-specific lexicon terms are masked like names: swapping one for its mirror changes nothing."""
    x, y = pair
    for template in EPITHET_TEMPLATES:
        views = []
        for word in (x, y):
            text = template.format(X=word)
            views.append([(s.text.replace(word, "{X}"), s.technique, s.score, s.si_score, s.confident)
                          for s in techniques(text)._.techniques])
        assert views[0] == views[1], template


def test_neutral_sentences_mostly_draw_no_technique(techniques: Language) -> None:
    docs = list(techniques.pipe([r["text"] for r in NEUTRAL]))
    clean = sum(not doc._.techniques for doc in docs)
    sure_clean = sum(not any(s.confident for s in doc._.techniques) for doc in docs)
    print(f"{clean}/{len(NEUTRAL)} neutral sentences have no technique span, {sure_clean} no confident one")
    assert clean / len(NEUTRAL) >= NEUTRAL_CLEAN_FLOOR
    assert sure_clean >= NEUTRAL_NO_CONFIDENT_MIN
