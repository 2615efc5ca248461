"""The JSON contract, and the renderers made from it (escaping included)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import newsprobe
from newsprobe.model import (
    SCHEMA_VERSION,
    Analysis,
    Article,
    ClaimSource,
    DateExpr,
    Entity,
    Mention,
    Quantity,
    Quote,
    SpeakerRef,
    TermHit,
    json_schema,
)
from newsprobe.render import render_html, render_json, render_jsonl_line, render_markdown
from newsprobe.render.html import segments

SHIPPED = Path(newsprobe.__file__).parent / "schema" / "analysis.schema.json"

TEXT = 'Mayor <b>Ada Lind</b> said "the <script>alert(1)</script> bridge is safe" on Monday; 40 people & more.'


def _m(text: str, needle: str) -> Mention:
    start = text.index(needle)
    return Mention(start=start, end=start + len(needle), text=needle)


def _analysis() -> Analysis:
    article = Article(id="x1", text=TEXT, title="<i>Bridge</i>", source="t.txt", published="2025-03-12")
    ada = _m(TEXT, "Ada Lind")
    return Analysis(
        article=article,
        entities=[Entity(id="E1", name="Ada Lind", label="PERSON", mentions=[ada])],
        quotes=[
            Quote(
                kind="direct",
                content=_m(TEXT, "the <script>alert(1)</script> bridge is safe"),
                cue=_m(TEXT, "said"),
                speaker=SpeakerRef(entity_id="E1", name="Ada Lind", mention=ada),
            )
        ],
        quantities=[
            Quantity(**_m(TEXT, "40").model_dump(), value=40, counted=_m(TEXT, "people"),
                     claim_source=ClaimSource(entity_id=None, name="officials"))
        ],
        dates=[DateExpr(**_m(TEXT, "Monday").model_dump(), value="2025-03-10")],
        terms=[TermHit(**_m(TEXT, "safe").model_dump(), term="safe", category="test", neutral="sound")],
    )


def test_shipped_schema_matches_the_records() -> None:
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == json_schema(), (
        "schema changed: run `newsprobe schema -o src/newsprobe/schema/analysis.schema.json` "
        "and bump SCHEMA_VERSION if a field was removed or changed meaning"
    )


def test_json_output_validates_against_schema() -> None:
    doc = json.loads(render_json(_analysis()))
    jsonschema.validate(doc, json_schema())
    assert doc["schema_version"] == SCHEMA_VERSION
    bad = dict(doc, quotes=[{"kind": "rumour"}])
    try:
        jsonschema.validate(bad, json_schema())
    except jsonschema.ValidationError:
        pass
    else:  # pragma: no cover - the schema must reject an unknown quote kind
        raise AssertionError("schema accepted an invalid quote")


def test_jsonl_is_one_line_and_round_trips() -> None:
    line = render_jsonl_line(_analysis())
    assert "\n" not in line
    assert Analysis.model_validate_json(line) == _analysis()


def test_offsets_point_at_the_text() -> None:
    a = _analysis()
    for q in a.quotes:
        assert TEXT[q.content.start : q.content.end] == q.content.text


def test_html_escapes_article_text_and_forbids_scripts() -> None:
    page = render_html(_analysis())
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>Ada" not in page and "<i>Bridge" not in page
    assert "script-src 'none'" in page
    for key in ("Named entity", "Quote content", "Number claimed", "Loaded term", "Date"):
        assert key in page  # legend


def test_segments_cover_the_text_exactly_once() -> None:
    segs = segments(_analysis())
    assert "".join(s.text for s in segs) == TEXT
    covered = {s.text: s.layers for s in segs}
    assert covered["the <script>alert(1)</script> bridge is "] == ["quote"]
    assert set(covered["safe"]) >= {"quote", "term"}


def test_markdown_summary_neutralises_markup() -> None:
    md = render_markdown(_analysis())
    assert "Ada Lind" in md and "<script>" not in md and "\\<script\\>" in md
    assert "~" not in md.split("## Numbers claimed")[1].splitlines()[2]  # an exact figure has no '~'
    assert "asserted by officials" in md
