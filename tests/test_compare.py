"""Outlets side by side: figures by category (same/differ/conflict), who is quoted and how, wording,
sourcing, renderers.

All example text is fictional (the Velmora flood, the Tarn council budget) and written for these tests.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsprobe.compare import Comparison, compare, pair_status, sourcing
from newsprobe.figure_categories import category_of
from newsprobe.model import (
    Analysis,
    Article,
    ClaimSource,
    Entity,
    Mention,
    Offsets,
    Quantity,
    Quote,
    SpeakerRef,
    TechniqueSpan,
    TermHit,
    article_id,
)
from newsprobe.render.compare import render_html, render_json, render_table

DATA = Path(__file__).parent / "data" / "compare"


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _mention(text: str, part: str, after: int = 0) -> Mention:
    s, e = _span(text, part, after)
    return Mention(start=s, end=e, text=part)


def _quantity(text: str, surface: str, value: float, comparator: str | None = None,
              source: str | None = None, unit: str | None = None, after: int = 0) -> Quantity:
    """A figure as the quantities component would give it, categorised by the core's own rule."""
    s, e = _span(text, surface, after)
    q = Quantity(
        start=s, end=e, text=surface, value=value, comparator=comparator, unit=unit,
        claim_source=ClaimSource(entity_id=None, name=source) if source else None,
    )
    return q.model_copy(update={"category": category_of(q, text)})


def _quote(text: str, content: str, speaker: str, kind: str = "direct", framing: str | None = "neutral") -> Quote:
    speaker_at = text.index(speaker, text.index(content))
    return Quote(
        kind=kind,  # type: ignore[arg-type]
        content=_mention(text, content),
        framing=framing,  # type: ignore[arg-type]
        speaker=SpeakerRef(entity_id=None, name=speaker,
                           mention=Mention(start=speaker_at, end=speaker_at + len(speaker), text=speaker)),
    )


def _sentences(text: str) -> list[Offsets]:
    """Sentence spans as the parser gives them (these test texts end every sentence with '. ')."""
    spans, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (1 if start + len(part) < len(text) else 0)
        spans.append(Offsets(start=start, end=min(end, len(text))))
        start = end + 1
    return spans


def _analysis(text: str, outlet: str, published: str = "2031-04-02", **lists: object) -> Analysis:
    article = Article(id=article_id(text), text=text, outlet=outlet, title=text.split(".")[0], published=published)
    return Analysis(article=article, sentences=_sentences(text), **lists)  # type: ignore[arg-type]


TEXT_A = (
    "Floods in the Velmora valley killed 14 people on Tuesday, officials said. "
    '"The water rose too fast," said Marta Kessler. '
    '"We are still searching," said Jonas Pell.'
)
TEXT_B = (
    "The death toll from the Velmora flood rose to 22, the Red Cross said. "
    '"Whole streets vanished," said Ilse Varga. '
    '"We will rebuild," Kessler told reporters.'
)


@pytest.fixture()
def two_outlets() -> list[Analysis]:
    a = _analysis(
        TEXT_A, "Riverside Courier",
        quantities=[_quantity(TEXT_A, "14", 14, source="officials")],
        quotes=[_quote(TEXT_A, "The water rose too fast,", "Marta Kessler"),
                _quote(TEXT_A, "We are still searching,", "Jonas Pell", framing="doubting")],
        entities=[Entity(id="E1", name="Marta Kessler", label="PERSON", roles=["regional governor"],
                         mentions=[_mention(TEXT_A, "Marta Kessler")])],
        terms=[TermHit(**_mention(TEXT_A, "Floods").model_dump(), term="flood", category="test", voice="outlet")],
        techniques=[TechniqueSpan(**_mention(TEXT_A, "too fast").model_dump(), technique="Loaded_Language",
                                  score=0.9, confident=True, voice="outlet"),
                    TechniqueSpan(**_mention(TEXT_A, "still searching").model_dump(), technique="Doubt",
                                  score=0.9, confident=True, voice="quoted"),  # the speaker's words, not the outlet's
                    TechniqueSpan(**_mention(TEXT_A, "The water").model_dump(), technique="Doubt",
                                  score=0.3, confident=False, voice="outlet")],  # not confident: not counted
    )
    b = _analysis(
        TEXT_B, "Valley Herald",
        quantities=[_quantity(TEXT_B, "22", 22, source="the Red Cross")],
        quotes=[_quote(TEXT_B, "Whole streets vanished,", "Ilse Varga"),
                _quote(TEXT_B, "We will rebuild,", "Kessler", framing=None)],
        entities=[Entity(id="E1", name="Kessler", label="PERSON", mentions=[_mention(TEXT_B, "Kessler")])],
    )
    return [a, b]


# --- figures ----------------------------------------------------------------------------------


def test_two_tolls_differ_with_both_values_and_speakers(two_outlets: list[Analysis]) -> None:
    result = compare(two_outlets)
    killed = next(g for g in result.figures if g.category == "killed")
    assert killed.status == "differ"  # bare counts: tolls so far, different, not contradictory
    assert killed.headline_values == {"Riverside Courier": [14.0], "Valley Herald": [22.0]}
    by_outlet = {r.outlet: r for r in killed.headlines}
    assert by_outlet["Valley Herald"].asserted_by == "the Red Cross"
    r = by_outlet["Riverside Courier"]
    assert TEXT_A[r.start : r.end] == "14"
    assert r.sentence is not None and TEXT_A[r.sentence_start : r.sentence_end] == r.sentence  # type: ignore[misc]
    assert r.sentence.startswith("Floods in the Velmora valley")
    rows = {row.name: row for row in result.speakers}
    assert rows["Marta Kessler"].outlets == {"Riverside Courier": 1, "Valley Herald": 1}
    assert rows["Ilse Varga"].only_in == "Valley Herald"
    assert rows["Jonas Pell"].only_in == "Riverside Courier"
    assert rows["Jonas Pell"].framing == {"Riverside Courier": {"doubting": 1}}
    assert rows["Marta Kessler"].framing == {"Riverside Courier": {"neutral": 1}, "Valley Herald": {"unclassed": 1}}
    assert result.framing == {"Riverside Courier": {"neutral": 1, "doubting": 1},
                              "Valley Herald": {"neutral": 1, "unclassed": 1}}


def test_money_and_percentages_across_three_outlets() -> None:
    texts = {
        "Tarn Post": "The city budget is $48m this year. The deficit reached $2.4m. Bus fares will rise 10%.",
        "Harbour Daily": "The city budget is $48.2m this year. The deficit reached $2.5m. Bus fares will rise 12%.",
        "Tarn Ledger": "The city budget is $47m this year. The deficit reached $3m. Bus fares will rise 10 percent.",
    }
    figures = {
        "Tarn Post": [("$48m", 48e6, "USD"), ("$2.4m", 2.4e6, "USD"), ("10%", 10, "percent")],
        "Harbour Daily": [("$48.2m", 48.2e6, "USD"), ("$2.5m", 2.5e6, "USD"), ("12%", 12, "percent")],
        "Tarn Ledger": [("$47m", 47e6, "USD"), ("$3m", 3e6, "USD"), ("10 percent", 10, "percent")],
    }
    analyses = [
        _analysis(text, outlet, quantities=[_quantity(text, s, v, unit=u) for s, v, u in figures[outlet]])
        for outlet, text in texts.items()
    ]
    groups = {g.category: g for g in compare(analyses).figures}
    assert set(groups) == {"money:budget", "money:deficit", "percent:fee"}
    budget = groups["money:budget"]
    assert budget.unit == "USD" and budget.articles == 3
    assert budget.status == "differ"  # 47m vs 48m; 48m vs 48.2m alone would be the same
    assert budget.headline_values["Tarn Ledger"] == [47e6]
    assert groups["money:deficit"].status == "differ"
    assert groups["percent:fee"].headline_values == {"Harbour Daily": [12.0], "Tarn Ledger": [10.0],
                                                     "Tarn Post": [10.0]}
    two = compare(analyses[:2] if False else [analyses[0], analyses[1]])
    assert {g.category: g.status for g in two.figures}["money:budget"] == "same"


def test_status_same_differ_conflict() -> None:
    def figure(text: str, surface: str, value: float, comparator: str | None = None):  # type: ignore[no-untyped-def]
        a = _analysis(text, text[:5], quantities=[_quantity(text, surface, value, comparator)])
        return compare([a]).figures[0].reports[0]

    six = figure("Six people were killed.", "Six", 6)
    eleven = figure("At least 11 people were killed.", "At least 11", 11, "ge")
    at_most = figure("At most 10 people were killed.", "At most 10", 10, "le")
    about = figure("About 300 people were killed.", "About 300", 300, "approx")
    more = figure("More than 400 people were killed.", "More than 400", 400, "gt")
    assert pair_status(six, eleven, "count") == "differ"  # six so far, at least 11: both can hold
    assert pair_status(at_most, eleven, "count") == "conflict"
    assert pair_status(about, more, "count") == "conflict"
    assert pair_status(about, figure("About 310 people died.", "About 310", 310, "approx"), "count") == "differ"
    assert pair_status(six, figure("Six died.", "Six", 6), "count") == "same"
    assert pair_status(about, more, "count", tolerance=0.2) == "differ"
    some = figure("Some 25,000 people were displaced.", "Some 25,000", 25000, "approx")
    assert pair_status(about, some, "count") == "differ"  # no stated bound: "about" is soft


def test_category_synonyms_and_clauses() -> None:
    cases = {
        "40 people were injured in the blast.": ("40", "injured"),
        "Doctors treated 40 people after the blast.": ("40", "injured"),
        "Three officers were hurt.": ("Three", "injured"),
        "About 3,000 residents were evacuated.": ("About 3,000", "displaced"),
        "The fighting forced 3,000 families from their homes.": ("3,000", "displaced"),
        "Police arrested 12 protesters.": ("12", "detained"),
    }
    for text, (surface, want) in cases.items():
        q = Quantity(**_mention(text, surface).model_dump(), value=1.0)
        assert category_of(q, text) == want, text
    text = "About 3,000 residents were displaced and 40 people were injured, officials said."
    assert _quantity(text, "About 3,000", 3000, "approx").category == "displaced"
    assert _quantity(text, "40", 40).category == "injured"
    assert _quantity("In 2024 the river rose.", "2024", 2024).category is None
    assert _quantity("The wall is 12 km long.", "12", 12, unit="km").category is None
    assert _quantity("The fee rose 12%.", "12%", 12, unit="percent").category == "percent:fee"
    assert _quantity("Aid of $5m was pledged.", "$5m", 5e6, unit="USD").category == "money:aid"
    assert _quantity("The deficit grew, and 12 more were hired.", "12", 12).category is None


# --- speakers, framing, wording, sourcing -----------------------------------------------------


def test_stances_are_not_quotes() -> None:
    text = "Marta Kessler welcomed the decision. Ilse Varga said the dam held."
    stance = Quote(kind="stance", content=_mention(text, "the decision"),
                   speaker=SpeakerRef(entity_id=None, name="Marta Kessler", mention=_mention(text, "Marta Kessler")))
    said = Quote(kind="reported", content=_mention(text, "the dam held"), framing="neutral",
                 speaker=SpeakerRef(entity_id=None, name="Ilse Varga", mention=_mention(text, "Ilse Varga")))
    result = compare([_analysis(text, "A", quotes=[stance, said])])
    assert [s.name for s in result.speakers] == ["Ilse Varga"]
    assert result.sourcing[0].quotes == 1


def test_wording_terms_techniques_and_sourcing(two_outlets: list[Analysis]) -> None:
    result = compare(two_outlets)
    actor = next(a for a in result.actors if a.key == "marta kessler")
    assert set(actor.outlets) == {"Riverside Courier", "Valley Herald"}
    assert actor.outlets["Riverside Courier"].descriptors == ["regional governor"]  # Entity.roles
    assert actor.outlets["Valley Herald"].names == ["Kessler"]
    assert result.terms["Riverside Courier"][0].term == "flood"
    assert result.terms["Valley Herald"] == []
    assert result.techniques == {"Riverside Courier": {"Loaded_Language": 1}, "Valley Herald": {}}
    s = {x.outlet: x for x in result.sourcing}["Riverside Courier"]
    quoted = len("Thewaterrosetoofast,") + len("Wearestillsearching,")
    assert s.attributed_chars == quoted
    assert s.total_chars == sum(1 for ch in TEXT_A if not ch.isspace())
    assert s.own_voice_share == pytest.approx(1 - quoted / s.total_chars, abs=1e-4)


def test_overlapping_quotes_are_counted_once() -> None:
    text = 'He said "the river rose fast" today.'
    q1 = Quote(kind="direct", content=_mention(text, "the river rose fast"))
    q2 = Quote(kind="partial", content=_mention(text, "river rose"))
    s = sourcing(_analysis(text, "A", quotes=[q1, q2]))
    assert s.attributed_chars == len("theriverrosefast")
    assert s.quotes == 2


def test_nothing_to_compare_is_a_coded_error() -> None:
    from newsprobe.errors import NewsprobeError

    with pytest.raises(NewsprobeError) as info:
        compare([])
    assert info.value.code.value == "NP105"


# --- renderers --------------------------------------------------------------------------------


def test_renderers(two_outlets: list[Analysis]) -> None:
    result = compare(two_outlets)
    assert Comparison.model_validate(json.loads(render_json(result))) == result
    table = render_table(result)
    assert "killed [DIFFER]" in table
    assert "ONLY IN Valley Herald" in table
    assert "doubting 1" in table
    html = render_html(result)
    assert "Attribution framing" in html and "the outlets' figures differ" in html


def test_html_escapes_everything_from_the_articles() -> None:
    text = 'Floods killed 3 people. "<script>alert(1)</script> is what we saw," said Ana <b>Lund</b>.'
    title = "<script>alert('title')</script> flood"
    quote = Quote(kind="direct", content=_mention(text, "<script>alert(1)</script> is what we saw,"),
                  speaker=SpeakerRef(entity_id=None, name="Ana <b>Lund</b>",
                                     mention=_mention(text, "Ana <b>Lund</b>")))
    a = _analysis(text, "<img src=x onerror=alert(2)>", quotes=[quote], quantities=[_quantity(text, "3", 3)])
    a = a.model_copy(update={"article": a.article.model_copy(update={"title": title})})
    other = "Floods killed 4 people."
    page = render_html(compare([a, _analysis(other, "Other", quantities=[_quantity(other, "4", 4)])]))
    assert "<script" not in page
    assert "<img" not in page
    assert "<b>Lund" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


# --- with the analysers -----------------------------------------------------------------------

_NEEDED = ("entities", "quotes", "quantities")
_HAVE = all(importlib.util.find_spec(f"newsprobe.components.{m}") is not None for m in _NEEDED)


@pytest.mark.skipif(not _HAVE, reason="needs the entities, quotes and quantities components")
def test_two_fictional_articles_end_to_end() -> None:
    from newsprobe import pipeline
    from newsprobe.sources.files import read_article

    nlp = pipeline.shared(tuple(f"newsprobe_{m}" for m in _NEEDED))
    analyses = [
        pipeline.analyze(read_article(str(p), published="2031-04-02"), nlp=nlp) for p in sorted(DATA.glob("*.txt"))
    ]
    assert all(a.sentences for a in analyses)
    result = compare(analyses)
    assert result.outlets == ["riverside_courier", "valley_herald"]
    killed = next(g for g in result.figures if g.category == "killed")
    assert killed.status == "differ"
    assert killed.headline_values == {"riverside_courier": [14.0], "valley_herald": [22.0]}
    displaced = next(g for g in result.figures if g.category == "displaced")
    assert displaced.status == "same"  # "about 3,000" and "more than 3,000": the same value, written two ways
    rows = {row.key: row for row in result.speakers}
    assert set(rows["marta kessler"].outlets) == {"riverside_courier", "valley_herald"}
    assert rows["ilse varga"].only_in == "valley_herald"
    assert rows["jonas pell"].only_in == "riverside_courier"


MIRROR = (
    "The Harbour Authority and the Dockers Union met on Monday. "
    "Authority director Lena Brix said the port would reopen. "
    "Union leader Oskar Venn claimed the port was unsafe. "
    "Venn admitted that talks had stalled."
)


@pytest.mark.skipif(not _HAVE, reason="needs the entities and quotes components")
def test_mirrored_articles_give_mirrored_framing(tmp_path: Path) -> None:
    """The same sentences with the sides swapped: each outlet's framing counts swap with them."""
    from newsprobe import pipeline
    from newsprobe.store import Store

    swap = {"Lena Brix": "Oskar Venn", "Oskar Venn": "Lena Brix", "Brix": "Venn", "Venn": "Brix"}
    mirrored = MIRROR
    for k, v in {"Lena Brix": "@1", "Oskar Venn": "@2", "Venn": "@3", "Brix": "@4"}.items():
        mirrored = mirrored.replace(k, v)
    mirrored = mirrored.replace("@1", swap["Lena Brix"]).replace("@2", swap["Oskar Venn"])
    mirrored = mirrored.replace("@3", swap["Venn"]).replace("@4", swap["Brix"])
    nlp = pipeline.shared(("newsprobe_entities", "newsprobe_quotes"))
    one = pipeline.analyze(MIRROR, outlet="One", published="2031-05-01", nlp=nlp)
    two = pipeline.analyze(mirrored, outlet="Two", published="2031-05-01", nlp=nlp)
    result = compare([one, two])
    rows = {r.key: r.framing for r in result.speakers}
    assert rows["lena brix"]["One"] == rows["oskar venn"]["Two"]
    assert rows["oskar venn"]["One"] == rows["lena brix"]["Two"]
    assert rows["oskar venn"]["One"] != rows["lena brix"]["One"]  # the test can fail
    with Store(tmp_path / "m.duckdb") as store:
        store.add_many([one, two])
        counts = {(r["outlet"], r["speaker"], r["framing"]): r["n"] for r in store.framing_counts()}
        viewed = store.query("SELECT * FROM quote_framing")
    mirrored_counts = {
        (("Two" if o == "One" else "One"), {"Lena Brix": "Oskar Venn", "Oskar Venn": "Lena Brix"}.get(s, s), f): n
        for (o, s, f), n in counts.items()
    }
    assert counts == mirrored_counts
    assert len(viewed) == len(counts)


@pytest.mark.skipif(not _HAVE, reason="needs the entities, quotes and quantities components")
def test_cli_compare_files() -> None:
    files = [str(p) for p in sorted(DATA.glob("*.txt"))]
    proc = subprocess.run(
        [sys.executable, "-c", "from newsprobe.cli import main; main()", "compare", *files,
         "--components", ",".join(_NEEDED), "--format", "table"],
        capture_output=True, timeout=300, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "killed [DIFFER]" in proc.stdout
    assert "ONLY IN valley_herald" in proc.stdout


def test_cli_compare_story_from_a_store(tmp_path: Path, two_outlets: list[Analysis]) -> None:
    from newsprobe.store import Store
    from newsprobe.story_store import update_stories

    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.add_many(two_outlets)
        update_stories(store)
        store.con.execute("DELETE FROM story_articles")  # force one story, whatever the similarity
        store.con.execute("DELETE FROM stories")
    with Store(db) as store:
        from newsprobe.stories import StoryParams
        from newsprobe.story_store import rebuild_stories

        rebuild_stories(store, StoryParams(threshold=0.01, window_days=None))
    code = "from newsprobe.cli import main; main()"
    listed = subprocess.run([sys.executable, "-c", code, "stories", "--db", str(db), "--format", "json"],
                            capture_output=True, timeout=300, text=True)
    assert listed.returncode == 0, listed.stderr
    stories = json.loads(listed.stdout)
    assert len(stories) == 1 and stories[0]["size"] == 2
    shown = subprocess.run(
        [sys.executable, "-c", code, "compare", "--story", stories[0]["id"], "--db", str(db), "--format", "json"],
        capture_output=True, timeout=300, text=True,
    )
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["figures"][0]["status"] == "differ"
    missing = subprocess.run([sys.executable, "-c", code, "compare", "--story", "Snope", "--db", str(db)],
                             capture_output=True, timeout=300, text=True)
    assert missing.returncode != 0 and missing.stderr.startswith("error[NP303]")
