"""newsprobe_quantities: numbers, ranges, comparators, units, what is counted and who claims it.

Example sentences are made up for these tests; the shared sample is read from ../shared, never copied.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsprobe import pipeline
from newsprobe.components.quantities import find_quantities, parse_number_words
from newsprobe.model import Mention, Quantity, Quote, SpeakerRef

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "000_66c6bf2d3efab85a.txt"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.load(components=["newsprobe_quantities"])


def _doc(nlp: Language, text: str, published: str | None = "2031-03-12") -> Doc:
    article = pipeline.make_article(text, published=published)
    return nlp(pipeline._doc_for(nlp, article))


def _one(doc: Doc, text: str) -> Quantity:
    found = [q for q in doc._.quantities if q.text == text]
    assert len(found) == 1, f"{text!r} not found once in {[q.text for q in doc._.quantities]}"
    return found[0]


def _check_offsets(doc: Doc) -> None:
    last_end = -1
    for q in doc._.quantities:
        assert doc.text[q.start : q.end] == q.text
        assert q.start >= last_end, "quantities overlap or are out of order"
        last_end = q.end
        if q.counted is not None:
            assert doc.text[q.counted.start : q.counted.end] == q.counted.text
            assert q.counted.start >= q.end
        if q.value is None:
            assert q.low is not None and q.high is not None and q.low <= q.high


# ---------------------------------------------------------------- number words, no model needed
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("fifty - seven people", (57, 3)),
        ("half a million have", (500_000, 3)),
        ("a dozen towns", (12, 2)),
        ("two dozen", (24, 2)),
        ("one hundred and twenty wells", (120, 4)),
        ("three thousand four hundred", (3400, 4)),
        ("a million", (1_000_000, 2)),
        ("twelve", (12, 1)),
        ("seven and", (7, 1)),
    ],
)
def test_number_words(words: str, expected: tuple[int, int]) -> None:
    assert parse_number_words(words.split()) == expected


@pytest.mark.parametrize("words", ["a town", "half of them", "the", "and seven", "- seven"])
def test_not_number_words(words: str) -> None:
    assert parse_number_words(words.split()) is None


# ---------------------------------------------------------------- values, ranges, units, comparators
CASES = [
    # sentence, mention, value, low, high, comparator, unit, counted
    (
        "Nearly half a million have fled the coastal towns.",
        "Nearly half a million",
        500_000,
        None,
        None,
        "approx",
        None,
        None,
    ),
    ("The census counted 35,170 households in the district.", "35,170", 35_170, None, None, None, None, "households"),
    ("Fifty-seven sailors were rescued off the cape.", "Fifty-seven", 57, None, None, None, None, "sailors"),
    (
        "About 1.2 million residents lost power overnight.",
        "About 1.2 million",
        1_200_000,
        None,
        None,
        "approx",
        None,
        "residents",
    ),
    ("Rescuers reached a dozen villages by noon.", "a dozen", 12, None, None, None, None, "villages"),
    (
        "Tens of thousands of people displaced by the floods returned.",
        "Tens of thousands",
        None,
        10_000,
        99_999,
        None,
        None,
        "people displaced",
    ),
    ("Between 10 and 20 volunteers arrived at the depot.", "Between 10 and 20", None, 10, 20, None, None, "volunteers"),
    (
        "Officials think between 1 and 2 million people fled.",
        "between 1 and 2 million",
        None,
        1e6,
        2e6,
        None,
        None,
        "people",
    ),
    ("The club paid 5 million pounds for the striker.", "5 million pounds", 5e6, None, None, None, "GBP", None),
    ("Organisers expected 30-40 boats in the harbour.", "30-40", None, 30, 40, None, None, "boats"),
    ("Turnout fell to 20% in the northern wards.", "20%", 20, None, None, None, "percent", None),
    ("Support rose by 20 percent among farmers.", "20 percent", 20, None, None, None, "percent", None),
    ("The consortium pledged $5 billion for the dam.", "$5 billion", 5e9, None, None, None, "USD", None),
    ("The fund lost €3.5 million in a week of trading.", "€3.5 million", 3.5e6, None, None, None, "EUR", None),
    ("Some 400 fishermen joined the strike.", "Some 400", 400, None, None, "approx", None, "fishermen"),
    ("Almost 90 percent of the wells are dry.", "Almost 90 percent", 90, None, None, "approx", "percent", "wells"),
    ("Roughly 800 cattle drowned upstream.", "Roughly 800", 800, None, None, "approx", None, "cattle"),
    ("Around 60 ferries were cancelled.", "Around 60", 60, None, None, "approx", None, "ferries"),
    ("Over 35,000 Velmorans have left the island.", "Over 35,000", 35_000, None, None, "gt", None, "Velmorans"),
    ("More than 2,000 troops crossed the border.", "More than 2,000", 2000, None, None, "gt", None, "troops"),
    ("At least 40 miners were trapped underground.", "At least 40", 40, None, None, "ge", None, "miners"),
    ("Fewer than 100 ballots were spoiled.", "Fewer than 100", 100, None, None, "lt", None, "ballots"),
    ("Under 5% of stations stayed open.", "Under 5%", 5, None, None, "lt", "percent", "stations"),
    ("Less than 300 metres of track remained.", "Less than 300 metres", 300, None, None, "lt", "m", "track"),
    ("Up to 300 workers were evacuated.", "Up to 300", 300, None, None, "le", None, "workers"),
    ("At most 15 tanks crossed the river.", "At most 15", 15, None, None, "le", None, "tanks"),
    ("The charity fed 15,000 children last winter.", "15,000", 15_000, None, None, None, None, "children"),
    (
        "The charity gave 900 winter coats to two Velmoran cattle farmers.",
        "900",
        900,
        None,
        None,
        None,
        None,
        "winter coats",
    ),
    (
        "The charity gave two Velmoran cattle farmers a loan.",
        "two",
        2,
        None,
        None,
        None,
        None,
        "Velmoran cattle farmers",
    ),
    ("Several hundred protesters gathered outside.", "Several hundred", None, 300, 999, None, None, "protesters"),
    ("Thousands of students marched to the square.", "Thousands", None, 1000, 9999, None, None, "students"),
    ("The storm flattened 3,000 homes or more.", "3,000", 3000, None, None, None, None, "homes"),
    (
        "A further 12 percentage points were lost.",
        "12 percentage points",
        12,
        None,
        None,
        None,
        "percentage points",
        None,
    ),
    ("Only one person was hurt in the blast.", "one", 1, None, None, None, None, "person"),
]


@pytest.mark.parametrize(("sentence", "mention", "value", "low", "high", "comparator", "unit", "counted"), CASES)
def test_quantity(
    nlp: Language,
    sentence: str,
    mention: str,
    value: float | None,
    low: float | None,
    high: float | None,
    comparator: str | None,
    unit: str | None,
    counted: str | None,
) -> None:
    doc = _doc(nlp, sentence)
    _check_offsets(doc)
    q = _one(doc, mention)
    assert q.value == value
    assert (q.low, q.high) == (low, high)
    assert q.comparator == comparator
    assert q.unit == unit
    assert (q.counted.text if q.counted else None) == counted


def test_suffix_comparator(nlp: Language) -> None:
    doc = _doc(nlp, "The ministry expects 500 or more applicants.")
    q = doc._.quantities[0]
    assert q.text == "500 or more" and q.comparator == "ge" and q.value == 500


# ---------------------------------------------------------------- not quantities
NOT_QUANTITIES = [
    ("The 5th International Congress of Engineers opened in Brevik.", ["5th"]),
    ("The 1st Division withdrew from the ridge.", ["1st"]),
    ("Reprinted from Zero Hedge, the Gang of Eight said so.", ["Zero", "Eight"]),
    ("What is magic about the age of 21?", ["21"]),
    ("As argued before [1], the plan failed (see steps #4 and #5).", ["1", "4", "5"]),
    ("The dam opened on April 1, 2024, after work began in 2019.", ["1", "2024", "2019"]),
    ("The vote was held on 3 March and results came at 5 pm.", ["3", "5"]),
    ("Call the hotline on +44 20 7946 0958 or 555-123-4567 for help.", ["44", "20", "7946", "555"]),
    ("See page 12 and section 3 of the report for details.", ["12", "3"]),
    ("Read pages 10-12 and 17-34 of the ruling.", ["10-12", "17-34"]),
    ("On the one hand the dam held.", ["one"]),
    ("Delegates cited Resolution 2334 during the debate.", ["2334"]),
    ("The 12-year-old boy was treated over two weeks.", ["12", "two"]),
    ("Ana Varel, 45, runs the bakery in the old town.", ["45"]),
    ("1. Water supplies\n2. Tents\n 3) Blankets", ["1", "2", "3"]),
    ("The envoy walked into No. 10 at noon.", ["10"]),
    ("One of the guards said no one saw the driver.", ["One", "one"]),
    ("The pilots flew F-16 and MiG-29 jets over the bay.", ["16", "29"]),
    ("The strike lasted three days and the talks ten hours.", ["three", "ten"]),
]


@pytest.mark.parametrize(("sentence", "absent"), NOT_QUANTITIES)
def test_not_quantities(nlp: Language, sentence: str, absent: list[str]) -> None:
    doc = _doc(nlp, sentence)
    _check_offsets(doc)
    texts = {q.text for q in doc._.quantities}
    for word in absent:
        assert not any(t == word or t.endswith(" " + word) for t in texts), (word, texts)


def test_hyphenated_unit(nlp: Language) -> None:
    q = _one(_doc(nlp, "Workers built a 37-foot wall around the depot."), "37-foot")
    assert (q.value, q.unit, q.counted and q.counted.text) == (37, "ft", "wall")


def test_label_then_count(nlp: Language) -> None:
    doc = _doc(nlp, "The report on page 12 and 300 people who left was read on the one hand.")
    assert [q.text for q in doc._.quantities] == ["300"]


def test_numbers_next_to_false_hits_still_found(nlp: Language) -> None:
    doc = _doc(nlp, "On April 1, 2024, 300 families left the 5th district, page 12 of the report says.")
    assert [q.text for q in doc._.quantities] == ["300"]
    assert _one(doc, "300").counted is not None


# ---------------------------------------------------------------- who claims the figure
def test_over_as_preposition_is_no_comparator(nlp: Language) -> None:
    doc = _doc(nlp, "A dispute over 3 islands flared, and over 2,000 troops crossed the river.")
    assert (_one(doc, "3").comparator, _one(doc, "over 2,000").comparator) == (None, "gt")


def test_outlet_voice(nlp: Language) -> None:
    doc = _doc(nlp, "The floods destroyed more than 2,000 homes in the valley.")
    assert _one(doc, "more than 2,000").claim_source is None


def test_according_to(nlp: Language) -> None:
    doc = _doc(nlp, "According to the Brevik Health Ministry, 1,500 patients were treated.")
    source = _one(doc, "1,500").claim_source
    assert source is not None and "Health Ministry" in source.name


def test_reporting_verb(nlp: Language) -> None:
    doc = _doc(nlp, "Mayor Lina Ortez said 300 families were evacuated from the harbour.")
    source = _one(doc, "300").claim_source
    assert source is not None and "Ortez" in source.name


def test_pronoun_speaker_after_named_one(nlp: Language) -> None:
    text = "Lina Ortez visited the harbour on Monday. She said 40 boats had sunk."
    source = _one(_doc(nlp, text), "40").claim_source
    assert source is not None and "Ortez" in source.name


def test_nearest_reporting_verb_wins(nlp: Language) -> None:
    text = "Brevik said it struck 50 depots, while the Velmora army said 20 fighters were killed."
    doc = _doc(nlp, text)
    first, second = _one(doc, "50").claim_source, _one(doc, "20").claim_source
    assert first is not None and first.name == "Brevik"
    assert second is not None and "Velmora army" in second.name


def test_first_person_inside_quote_is_not_the_source(nlp: Language) -> None:
    doc = _doc(nlp, "'We have counted 412 bodies,' the coroner told the station.")
    source = _one(doc, "412").claim_source
    assert source is not None and source.name == "coroner"


def test_money_and_metre_suffixes(nlp: Language) -> None:
    doc = _doc(nlp, "The works cost US$3m and $1.5bn, and added 100m of road.")
    assert (_one(doc, "US$3m").value, _one(doc, "US$3m").unit) == (3e6, "USD")
    assert (_one(doc, "$1.5bn").value, _one(doc, "$1.5bn").unit) == (1.5e9, "USD")
    assert (_one(doc, "100m").value, _one(doc, "100m").unit) == (100, "m")


def test_claimed_lives_is_not_speech(nlp: Language) -> None:
    doc = _doc(nlp, "The epidemic that has claimed the lives of over 900 villagers is receding.")
    assert _one(doc, "over 900").claim_source is None


def test_number_inside_quote_content_takes_the_speaker(nlp: Language) -> None:
    """A quote from the quotes component (built by hand here) gives its speaker."""
    text = "The strike goes on. 'We lost 70 boats this year,' the union leader told reporters."
    doc = _doc(nlp, text)
    start = text.index("We lost")
    end = text.index(",'")
    speaker_start = text.index("the union leader")
    doc._.quotes = [
        Quote(
            kind="direct",
            content=Mention(start=start, end=end, text=text[start:end]),
            speaker=SpeakerRef(
                entity_id="E7",
                name="the union leader",
                mention=Mention(start=speaker_start, end=speaker_start + 16, text="the union leader"),
            ),
        )
    ]
    doc._.quantities = find_quantities(doc)
    source = _one(doc, "70").claim_source
    assert source is not None and source.entity_id == "E7" and source.name == "the union leader"


def test_no_quotes_extension_value(nlp: Language) -> None:
    """Without the quotes component ``doc._.quotes`` is None: sentence cues still work."""
    doc = _doc(nlp, "Officials said fifty-seven people were injured.")
    assert doc._.quotes is None
    source = _one(doc, "fifty-seven").claim_source
    assert source is not None and source.name == "Officials"


def test_quotes_component_end_to_end() -> None:
    if importlib.util.find_spec("newsprobe.components.quotes") is None:
        pytest.skip("quotes component not available")
    if importlib.util.find_spec("newsprobe.components.entities") is None:
        pytest.skip("entities component not available")
    nlp = pipeline.load(components=["newsprobe_entities", "newsprobe_quotes", "newsprobe_quantities"])
    text = 'Harbour master Ilse Morrow spoke at the quay. "We have lost 70 boats this year," Morrow said.'
    doc = _doc(nlp, text)
    source = _one(doc, "70").claim_source
    assert source is not None and "Morrow" in source.name


# ---------------------------------------------------------------- the shared sample article
@pytest.mark.shared
def test_shared_sample() -> None:
    if not SAMPLE.parent.is_dir():
        pytest.skip("../shared/samples is absent")
    text = SAMPLE.read_text(encoding="utf-8")
    with_quotes = all(
        importlib.util.find_spec(m) is not None
        for m in ("newsprobe.components.quotes", "newsprobe.components.entities")
    )
    names = ["newsprobe_quantities"]
    if with_quotes:
        names = ["newsprobe_entities", "newsprobe_quotes", "newsprobe_quantities"]
    nlp = pipeline.load(components=names)
    doc = _doc(nlp, text, published="2024-05-15")
    _check_offsets(doc)
    by_text = {q.text: q for q in doc._.quantities}

    half = by_text["nearly half a million"]
    assert (half.value, half.comparator) == (500_000, "approx")
    over = by_text["over 35,000"]
    assert (over.value, over.comparator, over.counted and over.counted.text) == (35_000, "gt", "Palestinians")
    more = by_text["more than 35,170"]
    assert (more.value, more.comparator, more.counted and more.counted.text) == (35_170, "gt", "Palestinians")
    children = [q for q in doc._.quantities if q.text == "15,000"]
    assert len(children) == 2
    for q in children:
        assert q.value == 15_000 and q.comparator is None
        assert q.counted is not None and q.counted.text.endswith("children")
        if with_quotes:
            assert q.claim_source is not None and "Raeisi" in q.claim_source.name
    congress = text.index("5th International Congress")
    assert not any(q.start <= congress < q.end for q in doc._.quantities)
    assert not any(q.text in ("5", "5th") for q in doc._.quantities)


def test_without_a_parse() -> None:
    """On a blank pipeline (no tagger, parser or NER) both components still run."""
    import spacy

    import newsprobe.components.dates  # noqa: F401 - registers the factory
    import newsprobe.components.quantities  # noqa: F401 - registers the factory

    blank = spacy.blank("en")
    blank.add_pipe("newsprobe_quantities")
    blank.add_pipe("newsprobe_dates")
    for text in ("", "   ", "\n\n1."):
        doc = blank(text)
        assert doc._.quantities == [] and doc._.dates == []
    doc = blank("Officials said 300 people fled on Tuesday, April 1, 2024.")
    assert [(q.text, q.value) for q in doc._.quantities] == [("300", 300)]
    assert [(d.text, d.value) for d in doc._.dates] == [("Tuesday, April 1, 2024", "2024-04-01")]
