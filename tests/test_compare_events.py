"""Events across outlets in ``compare``: grouped when they agree (type, source, target), per outlet in
its own voice or only as someone's claim; renderers; old records without events.

All text is fictional (Norvala and Tessa are made-up countries, XNV and XTS made-up codes).
"""

from __future__ import annotations

import json

from event_fakes import sentence_of, span  # tests/event_fakes.py
from newsprobe.compare import Comparison, compare
from newsprobe.model import (
    Analysis,
    Article,
    ClaimSource,
    Event,
    EventActor,
    EventPlace,
    article_id,
)
from newsprobe.render.compare import render_html, render_json, render_table

Actor = tuple[str, str | None, str | None]  # surface in the text, country, sector


def _actor(text: str, actor: Actor | None) -> EventActor | None:
    if actor is None:
        return None
    surface, country, sector = actor
    return EventActor(name=surface, country=country, sector=sector, mention=span(text, surface))


def event(text: str, trigger: str, kind: str, source: Actor | None, target: Actor | None, *,
          claimed_by: str | None = None, place: str | None = None) -> Event:  # fmt: skip
    m = span(text, trigger)
    return Event(
        **m.model_dump(), type=kind, source=_actor(text, source), target=_actor(text, target),  # type: ignore[arg-type]
        sentence=sentence_of(text, m.start), voice="quoted" if claimed_by else "outlet",
        claimed_by=ClaimSource(entity_id=None, name=claimed_by) if claimed_by else None,
        location=EventPlace(name=place, mention=span(text, place)) if place else None,
    )  # fmt: skip


def analysis(text: str, outlet: str, events: list[Event]) -> Analysis:
    art = Article(id=article_id(text), text=text, outlet=outlet, title=text.split(".")[0], published="2031-05-04")
    return Analysis(article=art, events=events)


def reports(north: str, south: str, n: str, s: str) -> list[Analysis]:
    """Three outlets on one fictional border clash; ``north``/``south`` are the two countries' adjectives,
    ``n``/``s`` their codes (swap them for the mirror image)."""
    a = (f"{north} troops shelled the village of Kesh on Monday, the {south} government said. "
         f"The {north} foreign minister met {south} envoys in Dask on Tuesday.")  # fmt: skip
    b = (f"The {north} army shelled Kesh, a {south} border village, on Monday. "
         f"{north} diplomats held talks with {south} officials in Dask.")  # fmt: skip
    c = (f"{south} gunners shelled {north} positions on Monday, a {north} spokesman said. "
         f"Someone shelled Kesh overnight.")  # fmt: skip
    return [
        analysis(a, "Harbor Ledger", [
            event(a, "shelled", "ASSAULT", (f"{north} troops", n, "military"), ("the village of Kesh", s, "civilian"),
                  claimed_by=f"the {south} government"),
            event(a, "met", "CONSULT", (f"The {north} foreign minister", n, "government"),
                  (f"{south} envoys", s, "government"), place="Dask"),
        ]),
        analysis(b, "Morning Courier", [
            event(b, "shelled", "ASSAULT", (f"The {north} army", n, "military"), ("Kesh", s, None)),
            event(b, "held talks", "CONSULT", (f"{north} diplomats", n, "government"),
                  (f"{south} officials", s, "government")),
        ]),
        analysis(c, "Valley Wire", [
            event(c, "shelled", "ASSAULT", (f"{south} gunners", s, "military"), (f"{north} positions", n, "military"),
                  claimed_by=f"a {north} spokesman"),
            event(c, "shelled Kesh", "ASSAULT", None, ("Kesh", None, None)),
        ]),
    ]  # fmt: skip


def _group(result: Comparison, kind: str, source: str | None, target: str | None):  # type: ignore[no-untyped-def]
    found = [g for g in result.events if g.type == kind and g.source == source and g.target == target]
    assert len(found) == 1, [(g.type, g.source, g.target) for g in result.events]
    return found[0]


def test_events_that_agree_are_grouped_with_each_outlets_voice() -> None:
    result = compare(reports("Norvalan", "Tessan", "XNV", "XTS"))
    # "Norvalan troops" and "The Norvalan army": different names, the same country and sector
    shelling = [g for g in result.events if g.type == "ASSAULT" and g.source_country == "XNV"]
    assert len(shelling) == 1
    g = shelling[0]
    assert set(g.outlets) == {"Harbor Ledger", "Morning Courier"}
    assert g.own_voice == ["Morning Courier"] and g.quoted_only == ["Harbor Ledger"]
    assert g.outlets["Harbor Ledger"].quoted == 1 and g.outlets["Harbor Ledger"].own_voice == 0
    assert g.outlets["Harbor Ledger"].claimed_by == ["the Tessan government"]
    assert g.outlets["Morning Courier"].own_voice == 1 and g.only_in is None
    assert {r.trigger for r in g.reports} == {"shelled"} and len(g.reports) == 2
    assert g.target_country == "XTS"
    # the talks: different names and triggers, the same governments
    talks = [g for g in result.events if g.type == "CONSULT"]
    assert len(talks) == 1 and set(talks[0].outlets) == {"Harbor Ledger", "Morning Courier"}
    assert talks[0].own_voice == ["Harbor Ledger", "Morning Courier"]
    located = next(r for r in talks[0].reports if r.outlet == "Harbor Ledger")
    assert located.location == "Dask" and located.sentence and located.sentence.startswith("The Norvalan foreign")


def test_direction_type_and_unknown_actors_keep_events_apart() -> None:
    result = compare(reports("Norvalan", "Tessan", "XNV", "XTS"))
    back = _group(result, "ASSAULT", "Tessan gunners", "Norvalan positions")  # the other direction: its own group
    assert back.only_in == "Valley Wire" and back.quoted_only == ["Valley Wire"]
    assert back.outlets["Valley Wire"].claimed_by == ["a Norvalan spokesman"]
    nobody = _group(result, "ASSAULT", None, "Kesh")  # an unknown source matches no known one
    assert nobody.only_in == "Valley Wire" and nobody.own_voice == ["Valley Wire"]
    assert len(result.events) == 4
    assert len({g.key for g in result.events}) == 4
    assert [len(g.outlets) for g in result.events] == sorted((len(g.outlets) for g in result.events), reverse=True)


def test_same_name_matches_without_country_but_other_names_do_not() -> None:
    a = "Mayor Ilse Varn accused Councillor Oda Brisk of lying."
    b = "Varn accused Oda Brisk again. Varn also accused Piet Holm."
    result = compare([
        analysis(a, "One", [event(a, "accused", "DISAPPROVE", ("Mayor Ilse Varn", None, None),
                                  ("Councillor Oda Brisk", None, None))]),
        analysis(b, "Two", [event(b, "accused Oda", "DISAPPROVE", ("Varn", None, None), ("Oda Brisk", None, None)),
                            event(b, "accused Piet", "DISAPPROVE", ("Varn", None, None), ("Piet Holm", None, None))]),
    ])  # fmt: skip
    brisk = [g for g in result.events if g.target and "Brisk" in g.target]
    assert len(brisk) == 1 and set(brisk[0].outlets) == {"One", "Two"}  # titles dropped, the surname joins
    holm = [g for g in result.events if g.target == "Piet Holm"]
    assert len(holm) == 1 and holm[0].only_in == "Two"


def test_mirrored_reports_give_mirrored_groups() -> None:
    def shape(result: Comparison, north: str, south: str) -> list[tuple[object, ...]]:
        def side(name: str | None) -> str:
            return "?" if name is None else name.replace(north, "N").replace(south, "S")

        return sorted(
            (g.type, side(g.source), side(g.target), tuple(g.own_voice), tuple(g.quoted_only)) for g in result.events
        )

    one = shape(compare(reports("Norvalan", "Tessan", "XNV", "XTS")), "Norvalan", "Tessan")
    two = shape(compare(reports("Tessan", "Norvalan", "XTS", "XNV")), "Tessan", "Norvalan")
    assert one == two and len(one) == 4


def test_records_without_events_compare_to_no_events() -> None:
    plain = [analysis("Rain fell on Dask.", "One", []), analysis("Dask had rain.", "Two", [])]
    result = compare(plain)
    assert result.events == []
    assert "(no events)" in render_table(result) and "No events found." in render_html(result)
    old = json.loads(plain[0].model_dump_json())
    del old["events"]  # a record written before events existed
    assert compare([Analysis.model_validate(old), plain[1]]).events == []


def test_renderers_show_events() -> None:
    result = compare(reports("Norvalan", "Tessan", "XNV", "XTS"))
    data = json.loads(render_json(result))
    assert "events" in data and data["events"][0]["outlets"]["Harbor Ledger"]["quoted"] == 1
    assert Comparison.model_validate(data) == result
    table = render_table(result)
    assert "EVENTS" in table and "ONLY IN Valley Wire" in table
    assert "quoted x1 (claimed by the Tessan government)" in table and "own voice x1" in table
    assert "ASSAULT ? (-> Kesh" not in table and "ASSAULT ? -> Kesh" in table
    html = render_html(result)
    assert "<h2>Events</h2>" in html and "claimed by the Tessan government" in html
    assert "Norvalan troops (XNV military)" in html


def test_event_html_escapes_actors_and_triggers() -> None:
    text = "The <script>alert(1)</script> militia <b>shelled</b> the <img src=x onerror=alert(2)> depot."
    hostile = event(text, "<b>shelled</b>", "ASSAULT", ("<script>alert(1)</script> militia", None, None),
                    ("<img src=x onerror=alert(2)> depot", None, None), claimed_by="<i>Someone</i>")  # fmt: skip
    page = render_html(compare([analysis(text, "One", [hostile]), analysis("Calm in Dask.", "Two", [])]))
    assert "<script" not in page and "<img" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; militia" in page and "&lt;b&gt;shelled&lt;/b&gt;" in page
