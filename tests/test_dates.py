"""newsprobe_dates: time expressions resolved against the publication date.

Example sentences are made up for these tests; the shared sample is read from ../shared, never copied.
Publication date in most tests: Wednesday 2024-05-15.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from newsprobe import pipeline
from newsprobe.components.dates import find_dates, parse_published
from newsprobe.model import DateExpr, Mention, Quote

SAMPLE = Path(__file__).resolve().parents[1].parent / "shared" / "samples" / "000_66c6bf2d3efab85a.txt"
PUB = "2024-05-15"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.load(components=["newsprobe_dates"])


def _doc(nlp: Language, text: str, published: str | None = PUB) -> Doc:
    return nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published=published)))


def _check(doc: Doc) -> None:
    last_end = -1
    for d in doc._.dates:
        assert doc.text[d.start : d.end] == d.text
        assert d.start >= last_end
        last_end = d.end
        if d.value is not None:
            date.fromisoformat(d.value)
        if d.range is not None:
            assert date.fromisoformat(d.range[0]) <= date.fromisoformat(d.range[1])


def _one(doc: Doc, text: str) -> DateExpr:
    found = [d for d in doc._.dates if d.text == text]
    assert len(found) == 1, f"{text!r} not found once in {[d.text for d in doc._.dates]}"
    return found[0]


CASES = [
    # sentence, mention, value, range, granularity, relation
    ("The council met on Tuesday.", "Tuesday", "2024-05-14", None, "day", "on"),
    ("The council meets on Wednesday.", "Wednesday", "2024-05-15", None, "day", "on"),
    ("Talks paused on Monday.", "Monday", "2024-05-13", None, "day", "on"),
    ("Talks paused on Thursday.", "Thursday", "2024-05-09", None, "day", "on"),
    ("The ferry left last Tuesday.", "last Tuesday", "2024-05-07", None, "day", "on"),
    ("The ferry leaves next Tuesday.", "next Tuesday", "2024-05-21", None, "day", "on"),
    ("Yesterday the mayor resigned.", "Yesterday", "2024-05-14", None, "day", "on"),
    ("The mayor travels today.", "today", "2024-05-15", None, "day", "on"),
    ("The mayor returns tomorrow.", "tomorrow", "2024-05-16", None, "day", "on"),
    ("Shops reopened last week.", "last week", None, ("2024-05-06", "2024-05-12"), "week", "on"),
    ("Prices fell this month.", "this month", None, ("2024-05-01", "2024-05-31"), "month", "on"),
    ("The board met last month.", "last month", None, ("2024-04-01", "2024-04-30"), "month", "on"),
    ("The bridge reopened on April 1.", "April 1", "2024-04-01", None, "day", "on"),
    ("The bridge reopened on April 1, 2024.", "April 1, 2024", "2024-04-01", None, "day", "on"),
    ("The bridge closed on 3 March 2023.", "3 March 2023", "2023-03-03", None, "day", "on"),
    ("The flood came on October 7.", "October 7", "2023-10-07", None, "day", "on"),
    ("Shelling has gone on since October 7.", "October 7", "2023-10-07", ("2023-10-07", PUB), "range", "since"),
    ("The siege began in October.", "October", None, ("2023-10-01", "2023-10-31"), "month", "on"),
    ("The harvest failed in May.", "May", None, ("2024-05-01", "2024-05-31"), "month", "on"),
    ("Rain fell in mid-April.", "mid-April", None, ("2024-04-01", "2024-04-30"), "month", "on"),
    ("Rain fell in early May.", "early May", None, ("2024-05-01", "2024-05-31"), "month", "on"),
    ("Rain fell in late March.", "late March", None, ("2024-03-01", "2024-03-31"), "month", "on"),
    ("Rain fell in late February.", "late February", None, ("2024-02-01", "2024-02-29"), "month", "on"),
    ("The law passed in 2023.", "2023", None, ("2023-01-01", "2023-12-31"), "year", "on"),
    ("The law was revised last year.", "last year", None, ("2023-01-01", "2023-12-31"), "year", "on"),
    ("Fares have risen since last year.", "last year", None, ("2023-01-01", PUB), "range", "since"),
    ("The ferry sank a month ago.", "a month ago", None, ("2024-04-01", "2024-04-30"), "month", "on"),
    ("The ferry sank two weeks ago.", "two weeks ago", None, ("2024-04-29", "2024-05-05"), "week", "on"),
    ("The ferry sank five years ago.", "five years ago", None, ("2019-01-01", "2019-12-31"), "year", "on"),
    ("The ferry sank three days ago.", "three days ago", "2024-05-12", None, "day", "on"),
    ("The ferry sank 3 days ago.", "3 days ago", "2024-05-12", None, "day", "on"),
    ("Prices doubled over the past two years.", "past two years", None, ("2022-05-15", PUB), "range", "on"),
    ("Rain is due in the next 3 days.", "next 3 days", None, (PUB, "2024-05-18"), "range", "on"),
    ("Talks lasted through April this year.", "April this year", None, ("2024-04-01", "2024-04-30"), "month", "until"),
    ("The dam failed in June of last year.", "June of last year", None, ("2023-06-01", "2023-06-30"), "month", "on"),
    ("It emerged in late October of 2016.", "late October of 2016", None, ("2016-10-01", "2016-10-31"), "month", "on"),
    ("It emerged in October of 2015.", "October of 2015", None, ("2015-10-01", "2015-10-31"), "month", "on"),
    ("Music of the 1990s filled the hall.", "1990s", None, ("1990-01-01", "1999-12-31"), "range", "on"),
    ("Rents have doubled since the 1990s.", "1990s", None, ("1990-01-01", PUB), "range", "since"),
    ("The works last until June 2024.", "June 2024", None, ("2024-06-01", "2024-06-30"), "month", "until"),
    ("Nothing moved before Sunday.", "Sunday", "2024-05-12", None, "day", "before"),
    ("Talks resumed after mid-2023.", "mid-2023", None, ("2023-01-01", "2023-12-31"), "year", "after"),
    ("The vote is on 2024-06-02.", "2024-06-02", "2024-06-02", None, "day", "on"),
]


@pytest.mark.parametrize(("sentence", "mention", "value", "rng", "granularity", "relation"), CASES)
def test_date(
    nlp: Language,
    sentence: str,
    mention: str,
    value: str | None,
    rng: tuple[str, str] | None,
    granularity: str,
    relation: str,
) -> None:
    doc = _doc(nlp, sentence)
    _check(doc)
    d = _one(doc, mention)
    assert d.value == value
    assert d.range == rng
    assert d.granularity == granularity
    assert d.relation == relation


@pytest.mark.parametrize(
    ("sentence", "mention", "value", "rng"),
    [
        ("The council will meet on Friday.", "Friday", "2024-05-17", None),
        ("The council met on Friday.", "Friday", "2024-05-10", None),
        ("She will travel to the coast on Wednesday.", "Wednesday", PUB, None),
        ("Talks are due to resume on Monday.", "Monday", "2024-05-20", None),
        ("Elections will be held on June 2.", "June 2", "2024-06-02", None),
        ("Voters will go to the polls in March.", "March", None, ("2025-03-01", "2025-03-31")),
    ],
)
def test_future_tense_looks_ahead(
    nlp: Language, sentence: str, mention: str, value: str | None, rng: tuple[str, str] | None
) -> None:
    d = _one(_doc(nlp, sentence), mention)
    assert (d.value, d.range) == (value, rng)


def test_weekday_resolution_every_day(nlp: Language) -> None:
    """A bare weekday is the most recent one, the publication day included."""
    names = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    text = " ".join(f"They met on {n}." for n in names)
    for published in ("2024-05-15", "2024-05-19", "2024-05-20"):
        doc = _doc(nlp, text, published)
        pub = date.fromisoformat(published)
        values = [date.fromisoformat(d.value or "") for d in doc._.dates]
        assert len(values) == 7
        for n, value in zip(names, values, strict=True):
            assert value.strftime("%A") == n
            assert 0 <= (pub - value).days < 7


def test_month_day_wraps_to_previous_year(nlp: Language) -> None:
    doc = _doc(nlp, "The quake struck on December 30 and again on January 2.", "2025-01-10")
    assert [d.value for d in doc._.dates] == ["2024-12-30", "2025-01-02"]


# ---------------------------------------------------------------- without a publication date
def test_no_publication_date(nlp: Language) -> None:
    text = "On Tuesday, days after April 1, the board met again; on April 1, 2024 it had met, and in 2023."
    doc = _doc(nlp, text, None)
    _check(doc)
    assert _one(doc, "Tuesday").value is None
    assert _one(doc, "April 1").value is None
    assert _one(doc, "April 1, 2024").value == "2024-04-01"
    assert _one(doc, "2023").range == ("2023-01-01", "2023-12-31")


def test_no_publication_relative(nlp: Language) -> None:
    doc = _doc(nlp, "Yesterday the ferry sank; last week a barge sank; since October 7 none sailed.", None)
    for d in doc._.dates:
        assert d.value is None and d.range is None
    assert _one(doc, "October 7").relation == "since"


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2024-05-15", date(2024, 5, 15)), ("2024-05-15T08:30:00Z", date(2024, 5, 15)), (None, None), ("soon", None)],
)
def test_parse_published(published: str | None, expected: date | None) -> None:
    assert parse_published(published) == expected


# ---------------------------------------------------------------- false hits
NOT_DATES = [
    ("It may rain. May the best team win.", ["May"]),
    ("Prime minister Alva May spoke to reporters.", ["May"]),
    ("Thousands joined a march on Brevik. March on, the crowd chanted.", ["march", "March"]),
    ("The feud has lasted decades.", ["decades"]),
    ("A months-long siege ended with daily shelling.", ["months", "months-long", "daily"]),
    ("Delegates attended the 5th International Congress.", ["5th"]),
    ("Operation October began with a naval landing.", ["October"]),
    ("2000 troops arrived and 1,999 people left.", ["2000", "1,999", "999"]),
    ("The crowd of 2500 protesters waited for 1500 buses.", ["2500", "1500"]),
    ("Super Tuesday results surprised the party.", ["Tuesday"]),
    ("A month after the vote, the mayor resigned.", ["A month", "month"]),
    ("Refugees in the camp hope for a brighter tomorrow.", ["tomorrow"]),
    ("A USA TODAY survey of voters was cited.", ["TODAY"]),
]


@pytest.mark.parametrize(("sentence", "absent"), NOT_DATES)
def test_not_dates(nlp: Language, sentence: str, absent: list[str]) -> None:
    doc = _doc(nlp, sentence)
    _check(doc)
    found = {d.text for d in doc._.dates}
    for word in absent:
        assert not any(word in t for t in found), (word, found)


# ---------------------------------------------------------------- the shared sample article
@pytest.mark.shared
def test_shared_sample(nlp: Language) -> None:
    if not SAMPLE.parent.is_dir():
        pytest.skip("../shared/samples is absent")
    text = SAMPLE.read_text(encoding="utf-8")
    doc = _doc(nlp, text)
    _check(doc)
    dates = doc._.dates
    by_text: dict[str, list[DateExpr]] = {}
    for d in dates:
        by_text.setdefault(d.text, []).append(d)
    assert {d.value for d in by_text["Wednesday"]} == {"2024-05-15"}
    assert {d.value for d in by_text["Monday"]} == {"2024-05-13"}
    assert {d.value for d in by_text["Tuesday"]} == {"2024-05-14"}
    assert len(by_text["Tuesday"]) >= 3
    octobers = by_text["October 7"]
    assert {d.value for d in octobers} == {"2023-10-07"}
    since = [d for d in octobers if text[max(0, d.start - 6) : d.start] == "since "]
    assert len(since) == 1 and since[0].relation == "since"
    assert since[0].range == ("2023-10-07", PUB)
    mid = by_text["mid-April"][0]
    assert mid.range == ("2024-04-01", "2024-04-30")  # the part of a month is not guessed
    assert [d.value for d in by_text["April 1"]] == ["2024-04-01"]
    in_october = [d for d in by_text["October"] if text[d.start - 3 : d.start] == "in "]
    assert len(in_october) == 1
    assert in_october[0].range == ("2023-10-01", "2023-10-31") and in_october[0].granularity == "month"
    for word in ("decades", "months-long", "daily", "5th"):
        at = text.index(word)
        assert not any(d.start <= at < d.end for d in dates), word


# ---------------------------------------------------------------- tense and modality (issue 9)
# Mirrored pairs: the same expression in a future and a past clause; publication Wednesday 2024-05-15.
TENSE_PAIRS = [
    # (future sentence, past sentence, mention, future (value|range), past (value|range))
    (
        "The regatta will be held on Feb. 9.",
        "The regatta was held on Feb. 9.",
        "Feb. 9",
        "2025-02-09",
        "2024-02-09",
    ),
    (
        "Critics are arguing about the lantern awards on Feb. 9, when the jury will name its winners.",
        "Critics argued about the lantern awards on Feb. 9, when the jury named its winners.",
        "Feb. 9",
        "2025-02-09",
        "2024-02-09",
    ),
    (
        "The mayor said the council would review the ferry budget in early June.",
        "The mayor said the council reviewed the ferry budget in early June.",
        "early June",
        ("2024-06-01", "2024-06-30"),
        ("2023-06-01", "2023-06-30"),
    ),
    (
        "Farmers in Veldra are to hold a referendum Sunday.",
        "Farmers in Veldra held a referendum Sunday.",
        "Sunday",
        "2024-05-19",
        "2024-05-12",
    ),
    (
        "The tunnel opening is scheduled for June 3.",
        "The tunnel opening was celebrated on June 3.",
        "June 3",
        "2024-06-03",
        "2023-06-03",
    ),
    (
        "The weavers' guild plans to picket the mill on Friday.",
        "The weavers' guild picketed the mill on Friday.",
        "Friday",
        "2024-05-17",
        "2024-05-10",
    ),
    (
        "The orchard festival will take place in March.",
        "The orchard festival took place in March.",
        "March",
        ("2025-03-01", "2025-03-31"),
        ("2024-03-01", "2024-03-31"),
    ),
    (
        "The choir will rehearse over the weekend.",
        "The choir rehearsed over the weekend.",
        "the weekend",
        ("2024-05-18", "2024-05-19"),
        ("2024-05-11", "2024-05-12"),
    ),
    (
        "The canal reopening is set for Nov.17.",
        "The canal reopened on Nov.17.",
        "Nov.17",
        "2024-11-17",
        "2023-11-17",
    ),
    (
        "The bridge inspection has been scheduled for Aug 4th.",
        "The bridge inspection had ended on Aug 4th.",
        "Aug 4th",
        "2024-08-04",
        "2023-08-04",
    ),
    (
        "The dam will reopen in mid-June.",
        "The dam reopened in mid-June.",
        "mid-June",
        ("2024-06-01", "2024-06-30"),
        ("2023-06-01", "2023-06-30"),
    ),
    (
        "The museum reopens on Saturday.",
        "The museum reopened on Saturday.",
        "Saturday",
        "2024-05-18",
        "2024-05-11",
    ),
    (
        "Ms. Orlov and Mr. Quist face each other Monday in Tarsk.",
        "Ms. Orlov and Mr. Quist faced each other Monday in Tarsk.",
        "Monday",
        "2024-05-20",
        "2024-05-13",
    ),
    (
        "The senator would take office in January and face voters in November.",
        "The senator took office in January and faced voters in November.",
        "November",
        ("2024-11-01", "2024-11-30"),
        ("2023-11-01", "2023-11-30"),
    ),
]


def _when(d: DateExpr) -> str | tuple[str, str] | None:
    return d.value if d.value is not None else d.range


@pytest.mark.parametrize(("future", "past", "mention", "ahead", "behind"), TENSE_PAIRS)
def test_tense_decides_direction(
    nlp: Language,
    future: str,
    past: str,
    mention: str,
    ahead: str | tuple[str, str],
    behind: str | tuple[str, str],
) -> None:
    assert _when(_one(_doc(nlp, future), mention)) == ahead
    assert _when(_one(_doc(nlp, past), mention)) == behind


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        # the date hangs on the reporting verb, the future on the complement clause
        ("The coach said on Tuesday that the squad will fly out on Friday.", "Tuesday", "2024-05-14"),
        ("The coach said on Tuesday that the squad will fly out on Friday.", "Friday", "2024-05-17"),
        ("The envoy told delegates Monday he would sign the accord.", "Monday", "2024-05-13"),
        # "would have" looks back
        ("The council would have voted on Friday.", "Friday", "2024-05-10"),
        # an explicit modifier wins over tense
        ("The ferry will leave next Tuesday.", "next Tuesday", "2024-05-21"),
        ("The ferry left last Tuesday.", "last Tuesday", "2024-05-07"),
        ("The ferry was due to leave next Tuesday.", "next Tuesday", "2024-05-21"),
        # a date on the subject: the predicate's modality says nothing about when the event was
        ("Monday's debate might not change the race.", "Monday", "2024-05-13"),
        ("Monday's debate will be the first of three.", "Monday", "2024-05-20"),
        # a present tense through a noun decides nothing: the report may be old
        ("The advert features a report from over the weekend.", "the weekend", ("2024-05-11", "2024-05-12")),
        # nothing decides: the documented default (the most recent one, publication day included)
        ("Turnout is higher than in March.", "March", ("2024-03-01", "2024-03-31")),
        ("Friday's verdict could reshape the contest.", "Friday", "2024-05-10"),
    ],
)
def test_tense_details(nlp: Language, sentence: str, mention: str, expected: str | tuple[str, str]) -> None:
    assert _when(_one(_doc(nlp, sentence), mention)) == expected


@pytest.mark.parametrize(
    ("sentence", "mention", "expected"),
    [
        ("Lanterns will be lit tonight.", "tonight", PUB),
        ("The orchestra performed yesterday.", "yesterday", "2024-05-14"),
        ("The harbour reopens tomorrow.", "tomorrow", "2024-05-16"),
        ("Rents climbed last month.", "last month", ("2024-04-01", "2024-04-30")),
        ("Rents may ease next month.", "next month", ("2024-06-01", "2024-06-30")),
        ("The mill closed last year.", "last year", ("2023-01-01", "2023-12-31")),
        ("The mill reopens next year.", "next year", ("2025-01-01", "2025-12-31")),
        ("The tunnel flooded last March.", "last March", ("2024-03-01", "2024-03-31")),
        ("The tunnel flooded last May.", "last May", ("2023-05-01", "2023-05-31")),
        ("The hearing is set for Nov. 17.", "Nov. 17", "2024-11-17"),
        ("The dyke held through early June.", "early June", ("2023-06-01", "2023-06-30")),
        ("Fishing boats stayed in port this past weekend.", "this past weekend", ("2024-05-11", "2024-05-12")),
    ],
)
def test_relative_expressions(nlp: Language, sentence: str, mention: str, expected: str | tuple[str, str]) -> None:
    doc = _doc(nlp, sentence)
    _check(doc)
    assert _when(_one(doc, mention)) == expected


def test_this_weekend_in_a_past_clause_written_on_a_monday(nlp: Language) -> None:
    past = _one(_doc(nlp, "The minister told farmers this weekend he would act.", "2024-05-13"), "this weekend")
    ahead = _one(_doc(nlp, "The minister will meet farmers this weekend.", "2024-05-13"), "this weekend")
    assert past.range == ("2024-05-11", "2024-05-12")
    assert ahead.range == ("2024-05-18", "2024-05-19")


def test_weekend_when_published_at_the_weekend(nlp: Language) -> None:
    """Past: the last weekend before publication; future: the next one; on a Sunday both are its own."""
    sunday, saturday = "2024-05-19", "2024-05-18"
    assert _one(_doc(nlp, "The choir rehearsed over the weekend.", sunday), "the weekend").range == (
        "2024-05-18",
        "2024-05-19",
    )
    assert _one(_doc(nlp, "The choir rehearsed over the weekend.", saturday), "the weekend").range == (
        "2024-05-11",
        "2024-05-12",
    )
    assert _one(_doc(nlp, "The choir will rehearse over the weekend.", saturday), "the weekend").range == (
        "2024-05-18",
        "2024-05-19",
    )
    assert _one(_doc(nlp, "The choir will rehearse over the weekend.", sunday), "the weekend").range == (
        "2024-05-18",
        "2024-05-19",
    )


# ---------------------------------------------------------------- dates inside quotes
def _quote(text: str, content: str, cue: str) -> Quote:
    start = text.index(content)
    at = text.index(cue, start + len(content)) if cue in text[start + len(content) :] else text.index(cue)
    return Quote(
        kind="direct",
        content=Mention(start=start, end=start + len(content), text=content),
        cue=Mention(start=at, end=at + len(cue), text=cue),
    )


def _quoted(nlp: Language, text: str, content: str, cue: str) -> list[DateExpr]:
    doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published=PUB)))
    return find_dates(doc, PUB, quotes=[_quote(text, content, cue)])


def _by_text(dates: list[DateExpr], text: str) -> DateExpr:
    found = [d for d in dates if d.text == text]
    assert len(found) == 1, (text, [d.text for d in dates])
    return found[0]


def test_quote_dated_by_its_frame(nlp: Language) -> None:
    text = '"Today we sign the accord, and tomorrow we rest," the envoy said on Monday.'
    dates = _quoted(nlp, text, "Today we sign the accord, and tomorrow we rest,", "said")
    assert _by_text(dates, "Today").value == "2024-05-13"
    assert _by_text(dates, "tomorrow").value == "2024-05-14"
    assert _by_text(dates, "Monday").value == "2024-05-13"


def test_quote_frame_before_the_quote(nlp: Language) -> None:
    text = 'The envoy said on Monday: "Yesterday we argued. Next week we vote."'
    dates = _quoted(nlp, text, "Yesterday we argued. Next week we vote.", "said")
    assert _by_text(dates, "Yesterday").value == "2024-05-12"
    assert _by_text(dates, "Next week").range == ("2024-05-20", "2024-05-26")


def test_quote_without_a_dated_frame_keeps_publication(nlp: Language) -> None:
    text = '"Today we sign the accord," the envoy said.'
    dates = _quoted(nlp, text, "Today we sign the accord,", "said")
    assert _by_text(dates, "Today").value == PUB


def test_quote_dated_by_a_week_leaves_deixis_open(nlp: Language) -> None:
    """Said some day last week: "tomorrow" cannot be pinned; a year that every day agrees on can."""
    text = '"We decide tomorrow and build in 2026," the envoy told reporters last week.'
    dates = _quoted(nlp, text, "We decide tomorrow and build in 2026,", "told")
    tomorrow = _by_text(dates, "tomorrow")
    assert tomorrow.value is None and tomorrow.range is None
    assert _by_text(dates, "2026").range == ("2026-01-01", "2026-12-31")


def test_reported_speech_keeps_the_reporters_time(nlp: Language) -> None:
    """Indirect speech is the reporter's wording: its deixis is resolved against publication."""
    text = "The envoy said on Monday that the accord would be signed tomorrow."
    doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published=PUB)))
    start = text.index("that the accord")
    at = text.index("said")
    quote = Quote(
        kind="reported",
        content=Mention(start=start, end=len(text) - 1, text=text[start:-1]),
        cue=Mention(start=at, end=at + 4, text="said"),
    )
    assert _by_text(find_dates(doc, PUB, quotes=[quote]), "tomorrow").value == "2024-05-16"


def test_quote_time_through_the_pipeline() -> None:
    """With the quotes component in front, ``doc._.quotes`` feeds the dates component."""
    nlp = pipeline.load(components=["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates"])
    text = 'The harbour master spoke to reporters. "Today the boats stay in," she said on Monday.'
    doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published=PUB)))
    assert any(q.content.start <= text.index("Today") < q.content.end for q in doc._.quotes)
    assert _one(doc, "Today").value == "2024-05-13"


def test_a_weekday_names_the_year_of_a_month_day() -> None:
    """Issue 9: "Sunday May 1" written on 2022-04-21 is 2022-05-01 (a Sunday), not 2021-05-01."""
    import newsprobe

    (d,) = newsprobe.analyze("The party elected its leader on Sunday May 1.", published="2022-04-21").dates
    assert d.value == "2022-05-01"
    (d,) = newsprobe.analyze("The party elected its leader on Saturday May 1.", published="2022-04-21").dates
    assert d.value == "2021-05-01"  # May 1 was a Saturday in 2021


def test_a_year_that_is_a_quoted_title_is_not_a_date() -> None:
    import newsprobe

    dates = newsprobe.analyze("The war film “1917” won the top prize; its director began work in 2017.",
                              published="2020-01-20").dates
    assert [d.text for d in dates] == ["2017"]
