"""Helpers the event test files share: run the events pipeline (the ``event_nlp`` fixture of
conftest.py) on a sentence written for the tests, and pick an event."""

from __future__ import annotations

from spacy.language import Language

from newsprobe import pipeline
from newsprobe.evaluate.plover import main_event
from newsprobe.model import Event


def events(nlp: Language, text: str, published: str = "2025-03-12") -> list[Event]:
    doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published=published)))
    return list(doc._.events)


def kinds(nlp: Language, text: str) -> list[str]:
    """The types of the events in ``text``, in order."""
    return [e.type for e in events(nlp, text)]


def main(nlp: Language, text: str) -> Event | None:
    """The sentence's main event, as the PLOVER scoring picks it (nearest the root of the parse)."""
    doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(text, published="2025-03-12")))
    return main_event(doc, list(doc._.events or []))


def one(nlp: Language, text: str, kind: str) -> Event:
    """The only event of ``kind`` in ``text`` (the test fails when there is none or several)."""
    found = [e for e in events(nlp, text) if e.type == kind]
    assert len(found) == 1, (text, [(e.type, e.text) for e in events(nlp, text)])
    return found[0]


def names(e: Event) -> tuple[str | None, str | None]:
    return (e.source.name if e.source else None, e.target.name if e.target else None)


def check_not_read(nlp: Language, text: str, kind: str, source: str | None, target: str | None) -> None:
    """No event of ``kind`` in ``text`` names ``source`` as its source or ``target`` as its target (``None``:
    not checked): the name once read wrongly is never read again (no event at all is fine)."""
    for event in (e for e in events(nlp, text) if e.type == kind):
        if source is not None:
            assert event.source is None or source not in event.source.name, (text, event.source)
        if target is not None:
            assert event.target is None or target not in event.target.name, (text, event.target)


def check_roles(nlp: Language, text: str, kind: str, source: str | None, target: str | None) -> None:
    """``text`` has an event of ``kind`` (its main event when it has several of that kind) whose source
    and target names contain ``source`` and ``target`` (``None``: not checked)."""
    found = [e for e in events(nlp, text) if e.type == kind]
    assert found, (text, [(e.type, e.text) for e in events(nlp, text)])
    event = main(nlp, text) if len(found) > 1 else found[0]
    assert event is not None and event.type == kind, (text, event)
    found_source, found_target = names(event)
    if source is not None:
        assert found_source is not None and source in found_source, (text, found_source)
    if target is not None:
        assert found_target is not None and target in found_target, (text, found_target)


#: the sides mirrored tests swap: made-up states (names the entity stage has never seen) and a real pair,
#: each way round
SIDES = [("Norvala", "Estavia"), ("Estavia", "Norvala"), ("Israel", "Lebanon"), ("Lebanon", "Israel")]


def mirrored(nlp: Language, template: str, kind: str) -> list[tuple[str, str, str, Event]]:
    """(a, b, text, main event) of ``template`` with each pair of ``SIDES`` put in as {a} and {b}. The
    test fails unless every main event is of ``kind`` and all read alike (type, mode, and which of
    source and target are named): the same act is coded the same way whoever does it."""
    found = []
    for a, b in SIDES:
        text = template.format(a=a, b=b)
        event = main(nlp, text)
        assert event is not None and event.type == kind, (text, event)
        found.append((a, b, text, event))
    shapes = {(e.type, e.mode, e.source is None, e.target is None) for *_, e in found}
    assert len(shapes) == 1, shapes  # mirrored sentences read alike
    return found


def mirrored_roles(nlp: Language, template: str, kind: str, targeted: bool) -> None:
    """``mirrored``, and each main event names {a} as its source (when the template starts with it) and,
    when ``targeted``, {b} as its target (or whoever {b} is "of")."""
    for a, b, text, event in mirrored(nlp, template, kind):
        source, target = names(event)
        assert source is not None and (a in source or not template.startswith("{a}")), (text, source)
        if targeted:
            assert target is not None and (b in target or "of {b}" in template), (text, target)
