"""Outlets side by side: figures that disagree, who is quoted where, wording, sourcing, renderers.

All example text is fictional (the Velmora flood) and written for these tests.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsprobe.compare import (
    Comparison,
    categorise,
    compare,
    normalise_name,
    render_html,
    render_json,
    render_table,
    sentence_spans,
    sourcing,
)
from newsprobe.model import (
    Analysis,
    Article,
    ClaimSource,
    Entity,
    Mention,
    Quantity,
    Quote,
    SpeakerRef,
    TechniqueSpan,
    TermHit,
    article_id,
)

DATA = Path(__file__).parent / "data" / "compare"


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _mention(text: str, part: str, after: int = 0) -> Mention:
    s, e = _span(text, part, after)
    return Mention(start=s, end=e, text=part)


def _quantity(text: str, surface: str, value: float, comparator: str | None = None,
              source: str | None = None) -> Quantity:
    s, e = _span(text, surface)
    return Quantity(
        start=s, end=e, text=surface, value=value, comparator=comparator,
        claim_source=ClaimSource(entity_id=None, name=source) if source else None,
    )


def _quote(text: str, content: str, speaker: str, kind: str = "direct") -> Quote:
    speaker_at = text.index(speaker, text.index(content))
    return Quote(
        kind=kind,  # type: ignore[arg-type]
        content=_mention(text, content),
        speaker=SpeakerRef(entity_id=None, name=speaker,
                           mention=Mention(start=speaker_at, end=speaker_at + len(speaker), text=speaker)),
    )


def _analysis(text: str, outlet: str, **lists: object) -> Analysis:
    article = Article(id=article_id(text), text=text, outlet=outlet, title=text.split(".")[0],
                      published="2031-04-02")
    return Analysis(article=article, **lists)  # type: ignore[arg-type]


TEXT_A = (
    "Floods in the Velmora valley killed 14 people on Tuesday, officials said. "
    '"The water rose too fast," said Marta Kessler, the regional governor. '
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
                _quote(TEXT_A, "We are still searching,", "Jonas Pell")],
        entities=[Entity(id="E1", name="Marta Kessler", label="PERSON",
                         mentions=[_mention(TEXT_A, "Marta Kessler")])],
        terms=[TermHit(**_mention(TEXT_A, "Floods").model_dump(), term="flood", category="test")],
        techniques=[TechniqueSpan(**_mention(TEXT_A, "too fast").model_dump(), technique="Loaded_Language",
                                  score=0.9)],
    )
    b = _analysis(
        TEXT_B, "Valley Herald",
        quantities=[_quantity(TEXT_B, "22", 22, source="the Red Cross")],
        quotes=[_quote(TEXT_B, "Whole streets vanished,", "Ilse Varga"),
                _quote(TEXT_B, "We will rebuild,", "Kessler")],
        entities=[Entity(id="E1", name="Kessler", label="PERSON", mentions=[_mention(TEXT_B, "Kessler")])],
    )
    return [a, b]


# --- the side-by-side report ------------------------------------------------------------------


def test_death_tolls_that_differ_disagree(two_outlets: list[Analysis]) -> None:
    result = compare(two_outlets)
    killed = next(g for g in result.figures if g.category == "killed")
    assert killed.disagree is True
    assert killed.articles == 2
    by_outlet = {r.outlet: r for r in killed.reports}
    assert by_outlet["Riverside Courier"].value == 14
    assert by_outlet["Valley Herald"].value == 22
    assert by_outlet["Valley Herald"].cue == "death toll"
    assert by_outlet["Valley Herald"].asserted_by == "the Red Cross"
    r = by_outlet["Riverside Courier"]
    assert TEXT_A[r.start : r.end] == "14"
    assert TEXT_A[r.sentence_start : r.sentence_end] == r.sentence
    assert r.sentence.startswith("Floods in the Velmora valley")


def test_speakers_matched_by_surname_and_only_in_one_outlet(two_outlets: list[Analysis]) -> None:
    result = compare(two_outlets)
    rows = {row.name: row for row in result.speakers}
    assert rows["Marta Kessler"].outlets == {"Riverside Courier": 1, "Valley Herald": 1}
    assert rows["Marta Kessler"].only_in is None
    assert rows["Ilse Varga"].only_in == "Valley Herald"
    assert rows["Jonas Pell"].only_in == "Riverside Courier"
    assert result.speakers[0].name == "Marta Kessler"  # quoted by both comes first


def test_wording_terms_techniques_and_sourcing(two_outlets: list[Analysis]) -> None:
    result = compare(two_outlets)
    actor = next(a for a in result.actors if a.key == "marta kessler")
    assert set(actor.outlets) == {"Riverside Courier", "Valley Herald"}
    assert "the regional governor" in actor.outlets["Riverside Courier"].descriptors
    assert actor.outlets["Valley Herald"].names == ["Kessler"]
    assert result.terms["Riverside Courier"][0].term == "flood"
    assert result.terms["Valley Herald"] == []
    assert result.techniques == {"Riverside Courier": {"Loaded_Language": 1}, "Valley Herald": {}}
    s = {x.outlet: x for x in result.sourcing}["Riverside Courier"]
    quoted = len("Thewaterrosetoofast,") + len("Wearestillsearching,")
    assert s.attributed_chars == quoted == s.direct_chars
    assert s.total_chars == sum(1 for ch in TEXT_A if not ch.isspace())
    assert s.own_voice_share == pytest.approx(1 - quoted / s.total_chars, abs=1e-4)


def test_close_or_ranged_figures_agree() -> None:
    text_a = "About 3,000 people were displaced by the flood."
    text_b = "The flood displaced 3,200 people."
    text_c = "More than 2,500 people were displaced."
    analyses = [
        _analysis(text_a, "A", quantities=[_quantity(text_a, "About 3,000", 3000, "approx")]),
        _analysis(text_b, "B", quantities=[_quantity(text_b, "3,200", 3200)]),
        _analysis(text_c, "C", quantities=[_quantity(text_c, "More than 2,500", 2500, "gt")]),
    ]
    group = compare(analyses).figures[0]
    assert group.category == "displaced"
    assert group.articles == 3
    assert group.disagree is False
    # exact 3,000 vs 3,200 do conflict, unless a tolerance allows it
    exact = [_analysis(text_b, "B", quantities=[_quantity(text_b, "3,200", 3200)]),
             _analysis("The flood displaced 3,000 people.", "D",
                       quantities=[_quantity("The flood displaced 3,000 people.", "3,000", 3000)])]
    assert compare(exact).figures[0].disagree is True
    assert compare(exact, tolerance=0.05).figures[0].disagree is False


def test_the_cue_nearest_the_number_without_crossing_a_clause() -> None:
    text = "About 3,000 residents were displaced and 40 people were injured, officials said."
    spans = sentence_spans(text)
    assert categorise(_quantity(text, "About 3,000", 3000, "approx"), text, spans) == ("displaced", "displaced")
    assert categorise(_quantity(text, "40", 40), text, spans) == ("injured", "injured")
    text2 = "Police arrested 12 protesters; 3 officers were hurt."
    spans2 = sentence_spans(text2)
    assert categorise(_quantity(text2, "12", 12), text2, spans2) == ("arrested", "arrested")
    assert categorise(_quantity(text2, "3", 3), text2, sentence_spans(text2)) == ("injured", "hurt")
    text3 = "The budget grew by 40 million this year."
    assert categorise(_quantity(text3, "40", 40), text3, sentence_spans(text3)) is None


def test_money_and_percent_are_not_counted_figures() -> None:
    text = "The flood killed 5 people and caused 20 percent losses."
    q = _quantity(text, "20", 20).model_copy(update={"unit": "percent"})
    result = compare([_analysis(text, "A", quantities=[_quantity(text, "5", 5), q])])
    assert [(g.category, [r.value for r in g.reports]) for g in result.figures] == [("killed", [5.0])]


def test_normalise_name() -> None:
    assert normalise_name("Governor Marta Kessler") == "marta kessler"
    assert normalise_name("Mr. Pell's") == "pell"
    assert normalise_name("the regional health office") == "regional health office"


def test_sentence_spans_cover_text() -> None:
    text = 'One sentence here. "A quote," Mr. Pell said. Third one?\n\nNew paragraph by J. R. Moss'
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "One sentence here.", '"A quote," Mr. Pell said.', "Third one?", "New paragraph by J. R. Moss"
    ]


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
    data = json.loads(render_json(result))
    assert Comparison.model_validate(data) == result
    table = render_table(result)
    assert "killed [DISAGREE]" in table
    assert "ONLY IN Valley Herald" in table


def test_html_escapes_everything_from_the_articles() -> None:
    text = 'Floods killed 3 people. "<script>alert(1)</script> is what we saw," said Ana <b>Lund</b>.'
    title = "<script>alert('title')</script> flood"
    quote = Quote(kind="direct", content=_mention(text, "<script>alert(1)</script> is what we saw,"),
                  speaker=SpeakerRef(entity_id=None, name="Ana <b>Lund</b>",
                                     mention=_mention(text, "Ana <b>Lund</b>")))
    a = _analysis(text, "<img src=x onerror=alert(2)>", quotes=[quote],
                  quantities=[_quantity(text, "3", 3)])
    a = a.model_copy(update={"article": a.article.model_copy(update={"title": title})})
    page = render_html(compare([a, _analysis("Floods killed 4 people.", "Other",
                                             quantities=[_quantity("Floods killed 4 people.", "4", 4)])]))
    assert "<script" not in page
    assert "<img" not in page
    assert "<b>Lund" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=alert(2)&gt;" in page


# --- with the analysers -----------------------------------------------------------------------

_NEEDED = ("entities", "quotes", "quantities")


@pytest.mark.skipif(
    any(importlib.util.find_spec(f"newsprobe.components.{m}") is None for m in _NEEDED),
    reason="needs the entities, quotes and quantities components",
)
def test_two_fictional_articles_end_to_end() -> None:
    from newsprobe import pipeline
    from newsprobe.sources.files import read_article

    nlp = pipeline.shared(tuple(f"newsprobe_{m}" for m in _NEEDED))
    analyses = [
        pipeline.analyze(read_article(str(p), published="2031-04-02"), nlp=nlp)
        for p in sorted(DATA.glob("*.txt"))
    ]
    result = compare(analyses)
    assert result.outlets == ["riverside_courier", "valley_herald"]
    killed = next(g for g in result.figures if g.category == "killed")
    assert killed.disagree is True
    assert killed.headline_values == {"riverside_courier": [14.0], "valley_herald": [22.0]}
    displaced = next(g for g in result.figures if g.category == "displaced")
    assert displaced.disagree is False  # "about 3,000" and "more than 3,000" overlap
    rows = {row.key: row for row in result.speakers}
    assert set(rows["marta kessler"].outlets) == {"riverside_courier", "valley_herald"}
    assert rows["ilse varga"].only_in == "valley_herald"
    assert rows["jonas pell"].only_in == "riverside_courier"


@pytest.mark.skipif(
    any(importlib.util.find_spec(f"newsprobe.components.{m}") is None for m in _NEEDED),
    reason="needs the entities, quotes and quantities components",
)
def test_cli_compare_files() -> None:
    files = [str(p) for p in sorted(DATA.glob("*.txt"))]
    proc = subprocess.run(
        [sys.executable, "-c", "from newsprobe.cli import main; main()", "compare", *files,
         "--components", ",".join(_NEEDED), "--format", "table"],
        capture_output=True, timeout=300, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert "killed [DISAGREE]" in proc.stdout
    assert "ONLY IN valley_herald" in proc.stdout


def test_cli_compare_story_from_a_store(tmp_path: Path, two_outlets: list[Analysis]) -> None:
    from newsprobe.store import Store

    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.add_many(two_outlets)
    code = "from newsprobe.cli import main; main()"
    listed = subprocess.run([sys.executable, "-c", code, "stories", "--db", str(db), "--format", "json",
                             "--threshold", "0.05"],
                            capture_output=True, timeout=300, text=True)
    assert listed.returncode == 0, listed.stderr
    stories = json.loads(listed.stdout)
    assert len(stories) == 1 and stories[0]["size"] == 2
    shown = subprocess.run(
        [sys.executable, "-c", code, "compare", "--story", stories[0]["id"], "--db", str(db), "--format", "json",
         "--threshold", "0.05"],
        capture_output=True, timeout=300, text=True,
    )
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["figures"][0]["disagree"] is True
    missing = subprocess.run([sys.executable, "-c", code, "compare", "--story", "Snope", "--db", str(db)],
                             capture_output=True, timeout=300, text=True)
    assert missing.returncode != 0 and missing.stderr.startswith("error[NP303]")


def test_role_phrases_before_a_name_and_in_apposition() -> None:
    text_a = "Opposition lawmaker Tomas Reld, a former engineer, blamed neglect. Critics said Reld was right."
    text_b = "Tomas Reld spoke in Brenn."
    ents_a = [Entity(id="E1", name="Tomas Reld", label="PERSON",
                     mentions=[_mention(text_a, "Tomas Reld"), _mention(text_a, "Reld", 70)])]
    ents_b = [Entity(id="E1", name="Tomas Reld", label="PERSON", mentions=[_mention(text_b, "Tomas Reld")])]
    result = compare([_analysis(text_a, "A", entities=ents_a), _analysis(text_b, "B", entities=ents_b)])
    actor = result.actors[0]
    # "Opposition" opens the sentence (capitalised), so only "lawmaker" is taken before the name
    assert actor.outlets["A"].descriptors == ["a former engineer", "lawmaker"]
    assert actor.outlets["B"].descriptors == []
    text_c = "Police said opposition lawmaker Tomas Reld was released."
    ents_c = [Entity(id="E1", name="Tomas Reld", label="PERSON", mentions=[_mention(text_c, "Tomas Reld")])]
    result = compare([_analysis(text_c, "C", entities=ents_c), _analysis(text_b, "B", entities=ents_b)])
    assert result.actors[0].outlets["C"].descriptors == ["opposition lawmaker"]
