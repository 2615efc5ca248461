"""newsprobe_events: PLOVER events with actors, voice, date and place; store, reports, network, gate.

Test sentences are written for this file (fictional events; real country names only where the
country code is what is tested).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from event_coder import events, names, one  # tests/event_coder.py
from newsprobe import pipeline
from newsprobe.model import Event

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SAMPLE = SHARED / "samples" / "000_66c6bf2d3efab85a.txt"
PLOVER = SHARED / "datasets" / "plover"


# -- the cases --------------------------------------------------------------------------


def test_x_said_y_shelled_z_is_ys_attack_claimed_by_x(event_nlp: Language) -> None:
    # PLOVER 2021 codes shelling as conventional military force: ASSAULT, heavy-weapons, context military
    e = one(event_nlp, "Mayor Tomas Reiner said Corvan troops shelled the village of Eldham.", "ASSAULT")
    assert (e.mode, e.context, e.cameo) == ("heavy-weapons", "military", "190")
    assert e.source and "Corvan troops" in e.source.name and e.source.sector == "military"
    assert e.target and "Eldham" in e.target.name
    assert e.voice == "quoted" and e.claimed_by and e.claimed_by.name == "Tomas Reiner"


def test_x_said_y_abducted_z_is_an_assault_claimed_by_x(event_nlp: Language) -> None:
    e = one(event_nlp, "The governor said rebels abducted three aid workers near Ostrava.", "ASSAULT")
    assert e.mode == "abduct"
    assert e.source and e.source.sector == "rebel"
    assert e.target and "aid workers" in e.target.name
    assert e.voice == "quoted" and e.claimed_by and "governor" in e.claimed_by.name


def test_passive_voice_gives_the_same_source_and_target(event_nlp: Language) -> None:
    active = one(event_nlp, "Corvan troops shelled the village of Eldham on Monday.", "ASSAULT")
    passive = one(event_nlp, "The village of Eldham was shelled by Corvan troops on Monday.", "ASSAULT")
    assert names(active)[0] == names(passive)[0] and names(active)[0] is not None
    assert names(active)[1] == names(passive)[1] and names(active)[1] is not None
    assert active.date and passive.date and active.date.value == passive.date.value == "2025-03-10"
    assert active.voice == passive.voice == "outlet"


def test_x_said_z_was_shelled_by_y_is_ys_attack_claimed_by_x(event_nlp: Language) -> None:
    # speech frame and passive together: the agent is the source, the subject the target
    e = one(event_nlp, "Mayor Tomas Reiner said the village of Eldham was shelled by Corvan troops.", "ASSAULT")
    assert e.source and "Corvan troops" in e.source.name and e.source.sector == "military"
    assert e.target and "Eldham" in e.target.name
    assert e.voice == "quoted" and e.claimed_by and e.claimed_by.name == "Tomas Reiner"


@pytest.mark.parametrize(
    "text",
    [
        "The governor said militants bombed a crowded market in Ostrava.",
        "The governor said a crowded market in Ostrava was bombed by militants.",
    ],
)
def test_bombing_by_a_non_state_group_is_an_assault_in_both_voices(event_nlp: Language, text: str) -> None:
    # CAMEO 183 (non-military bombing) is ASSAULT with no context; by state forces it is conventional
    # force, ASSAULT in context military (below)
    e = one(event_nlp, text, "ASSAULT")
    assert e.mode == "explosives" and e.context is None and e.source and e.source.sector == "rebel"
    assert e.voice == "quoted" and e.claimed_by and "governor" in e.claimed_by.name


@pytest.mark.parametrize(
    "text",
    [
        "The governor said rebels abducted three aid workers.",
        "The governor said three aid workers were abducted by rebels.",
    ],
)
def test_abduction_is_an_assault_in_active_and_passive(event_nlp: Language, text: str) -> None:
    e = one(event_nlp, text, "ASSAULT")
    assert e.mode == "abduct" and e.source and e.source.sector == "rebel"
    assert e.target and "aid workers" in e.target.name
    assert e.voice == "quoted" and e.claimed_by and "governor" in e.claimed_by.name


def test_bombing_by_state_forces_is_conventional_force(event_nlp: Language) -> None:
    a = one(event_nlp, "Israeli warplanes bombed the camp on Monday.", "ASSAULT")
    b = one(event_nlp, "Lebanese warplanes bombed the camp on Monday.", "ASSAULT")
    assert a.mode == b.mode == "heavy-weapons" and a.context == b.context == "military"
    assert a.source and b.source and (a.source.country, b.source.country) == ("ISR", "LBN")
    assert a.source.sector == b.source.sector == "military"


def test_a_weapon_is_no_actor_its_user_is(event_nlp: Language) -> None:
    e = one(event_nlp, "The airliner was shot down by a missile fired by rebels.", "ASSAULT")
    assert e.source and e.source.sector == "rebel" and "missile" not in e.source.name


def test_harm_takes_its_source_from_the_means(event_nlp: Language) -> None:
    e = one(event_nlp, "Eight people were killed in an air strike by government forces.", "ASSAULT")
    assert e.source and e.source.name == "government forces" and e.mode == "heavy-weapons"
    assert e.target and e.target.sector == "civilian"


def test_us_in_capitals_is_the_country_not_a_pronoun(event_nlp: Language) -> None:
    e = one(event_nlp, "The US, Russia and Norway met on Tuesday.", "CONSULT")
    assert e.source and e.source.country == "USA"


def test_a_state_body_takes_the_country_it_sits_in(event_nlp: Language) -> None:
    e = one(event_nlp, "A court in Norway has sentenced two activists.", "COERCE")
    assert e.source and e.source.country == "NOR" and e.source.sector == "judiciary"


@pytest.mark.parametrize(
    "text",
    [
        "Veldia wants Corvia to attack the rebels.",
        "Veldia allowed Corvia to attack the rebels.",
        "Veldia said it would not give permission to Corvia to attack the rebels.",
        "Corvan troops shelled the hills to punish the rebels.",
    ],
)
def test_an_unasserted_infinitive_is_no_event(event_nlp: Language, text: str) -> None:
    assert not [e for e in events(event_nlp, text) if e.text in ("attack", "punish")]


@pytest.mark.parametrize(
    "text",
    [
        "Minister Ana Pelt demanded that Corvia withdraw its forces.",
        "Minister Ana Pelt proposed that Corvia withdraw its forces.",
        "Minister Ana Pelt hopes that Corvia will withdraw its forces.",
        "Minister Ana Pelt called for Corvia to withdraw its forces.",
        "Minister Ana Pelt repeated her demand that Corvia withdraw its forces.",
    ],
)
def test_what_is_demanded_or_hoped_for_is_no_event(event_nlp: Language, text: str) -> None:
    assert not [e for e in events(event_nlp, text) if e.text == "withdraw"]


def test_what_is_said_to_have_happened_stays_an_event(event_nlp: Language) -> None:
    e = one(event_nlp, "Minister Ana Pelt said that Corvia withdrew its forces.", "RETREAT")
    assert e.source and e.source.name == "Corvia"
    assert e.voice == "quoted" and e.claimed_by and e.claimed_by.name == "Ana Pelt"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Minister Ana Pelt urged Corvia to release the prisoners.", "Ana Pelt", "Corvia"),
        ("Minister Ana Pelt urged Veldia to release the prisoners.", "Ana Pelt", "Veldia"),
        ("Minister Ana Pelt called on Corvia to end the blockade.", "Ana Pelt", "Corvia"),
        ("Minister Ana Pelt demanded that Corvia withdraw its forces.", "Ana Pelt", "Corvia"),
    ],
)
def test_a_request_is_addressed_to_whom_it_asks(event_nlp: Language, text: str, source: str, target: str) -> None:
    assert names(one(event_nlp, text, "REQUEST")) == (source, target)


@pytest.mark.parametrize(
    "text",
    [
        "Corvan troops shelled the border village of Kesmar.",
        "The border village of Kesmar was shelled by Corvan troops.",
    ],
)
def test_a_named_place_attacked_is_the_target(event_nlp: Language, text: str) -> None:
    e = one(event_nlp, text, "ASSAULT")
    assert e.target and e.target.name == "Kesmar" and e.target.sector is None  # a place, not civilians
    assert e.context == "military"


def test_object_control_and_passive_frames(event_nlp: Language) -> None:
    e = one(event_nlp, "The minister was pressured by the parliament to resign.", "REQUEST")
    assert e.source and e.source.sector == "legislature" and e.target and "minister" in e.target.name
    e = one(event_nlp, "Corvan troops forced the rebels to withdraw from the town.", "RETREAT")
    assert e.source and e.source.sector == "rebel"


def test_target_named_in_the_objects_phrase(event_nlp: Language) -> None:
    e = one(event_nlp, "Norway has agreed to lift the sanctions on Iran.", "AGREE")
    assert e.target and e.target.country == "IRN"
    e = one(event_nlp, "The parliament threatened to break relations with Iran.", "THREATEN")
    assert e.target and e.target.country == "IRN"


def test_an_outlet_event_has_no_claimant(event_nlp: Language) -> None:
    e = one(event_nlp, "Police arrested two journalists in Marlow on Friday.", "COERCE")
    assert e.voice == "outlet" and e.claimed_by is None
    assert e.mode == "arrest" and e.source and e.source.sector == "police"
    assert e.location and e.location.name == "Marlow"


# -- modality -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Corvan government threatened to impose sanctions on Veldia.", "THREATEN"),
        ("The Corvan army refused to release the prisoners.", "REJECT"),
        ("Veldia said it would withdraw its troops from the border.", "AGREE"),
        ("Veldia urged Corvia to withdraw its troops.", "REQUEST"),
        ("The Corvan army prepared to resume shelling the hills.", "MOBILIZE"),
        ("Veldian rebels staged a hunger strike in the capital.", "PROTEST"),
    ],
)
def test_frames_and_modality_decide_the_type(event_nlp: Language, text: str, kind: str) -> None:
    evs = events(event_nlp, text)
    assert evs and evs[0].type == kind, [(e.type, e.text) for e in evs]


def test_a_negated_attack_is_no_event(event_nlp: Language) -> None:
    assert not [e for e in events(event_nlp, "Corvan troops did not attack the village.") if e.type == "ASSAULT"]


def test_obligation_in_a_statement_is_a_demand(event_nlp: Language) -> None:
    e = one(event_nlp, "Minister Ana Pelt said the rebels must release the hostages.", "REQUEST")
    assert e.source and e.source.name == "Ana Pelt"
    assert e.target and e.target.sector == "rebel"
    assert e.voice == "outlet"


def test_event_nouns_take_their_actors_from_possessor_and_support_verb(event_nlp: Language) -> None:
    e = one(event_nlp, "Australia's sanctions against Iran came on Tuesday.", "SANCTION")
    assert e.source and e.source.country == "AUS" and e.target and e.target.country == "IRN"
    assert e.date and e.date.value == "2025-03-11"
    e = one(event_nlp, "The rebels carried out rocket attacks on army positions.", "ASSAULT")
    assert e.mode == "heavy-weapons" and e.source and e.source.sector == "rebel"
    assert e.target and e.target.sector == "military"


def test_a_noun_event_with_nobody_named_is_no_record(event_nlp: Language) -> None:
    assert events(event_nlp, "The meeting was long and the talks were difficult.") == []


def test_speech_frame_object_stays_in_the_outlets_voice(event_nlp: Language) -> None:
    evs = events(event_nlp, "Iran condemned Australia's sanctions against Iranian officials.")
    kinds = {e.type: e for e in evs}
    assert kinds["ACCUSE"].source and kinds["ACCUSE"].source.country == "IRN"
    assert kinds["ACCUSE"].target and kinds["ACCUSE"].target.country == "AUS"
    assert kinds["SANCTION"].voice == "outlet"


def test_date_comes_from_the_events_own_clause_only(event_nlp: Language) -> None:
    text = "Norland's sanctions came on Tuesday, a month after Corvia launched rocket attacks on Veldia."
    evs = {e.text: e for e in events(event_nlp, text)}
    assert evs["sanctions"].date and evs["sanctions"].date.value == "2025-03-11"
    assert evs["attacks"].date is None and evs["attacks"].target and evs["attacks"].target.name == "Veldia"


# -- even-handedness: the same act coded the same way whoever does it ---------------------------

MIRRORED = [
    ("Israeli troops shelled a Lebanese village on Monday.", "Lebanese troops shelled an Israeli village on Monday."),
    ("Russia imposed sanctions on Ukraine.", "Ukraine imposed sanctions on Russia."),
    ("Iran condemned the United States.", "The United States condemned Iran."),
    ("Palestinian protesters blocked roads in the city.", "Israeli protesters blocked roads in the city."),
    ("Hamas released two hostages.", "Hezbollah released two hostages."),
    ("Syrian rebels accused the government of torture.", "Syrian officials accused the rebels of torture."),
]


@pytest.mark.parametrize(("left", "right"), MIRRORED)
def test_mirrored_pairs_get_the_same_type_and_mode(event_nlp: Language, left: str, right: str) -> None:
    a, b = events(event_nlp, left), events(event_nlp, right)
    assert a and [(e.type, e.mode, e.voice) for e in a] == [(e.type, e.mode, e.voice) for e in b]
    for x, y in zip(a, b, strict=True):
        assert (x.source is None) == (y.source is None) and (x.target is None) == (y.target is None)


def test_mirrored_country_codes_swap(event_nlp: Language) -> None:
    a = one(event_nlp, MIRRORED[0][0], "ASSAULT")
    b = one(event_nlp, MIRRORED[0][1], "ASSAULT")
    assert a.source and a.target and b.source and b.target
    assert (a.source.country, a.target.country) == ("ISR", "LBN")
    assert (b.source.country, b.target.country) == ("LBN", "ISR")
    assert a.source.sector == b.source.sector == "military"


# -- the sample article (the acceptance example) ----------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not SAMPLE.exists(), reason="needs ../shared/samples")
def test_sample_article_events(event_nlp: Language) -> None:
    evs = events(event_nlp, SAMPLE.read_text(encoding="utf-8"), published="2024-05-15")

    def find(kind: str, source: str, target: str) -> Event:
        """The first such event with a date, else the first such event."""
        found = [
            e for e in evs
            if e.type == kind and e.source and e.target and source in e.source.name and e.target.name.startswith(target)
        ]  # fmt: skip
        assert found, f"no {kind} {source} -> {target}: {[(e.type, names(e)) for e in evs]}"
        return next((e for e in found if e.date), found[0])

    meeting = find("CONSULT", "Nasrallah", "Hamas")
    assert meeting.date and meeting.date.value == "2024-05-15"
    assert meeting.location and meeting.location.name == "Beirut"
    australia = find("SANCTION", "Australia", "Iran")
    assert australia.target and australia.target.country == "IRN"
    assert australia.date and australia.date.value == "2024-05-14"
    eu = find("SANCTION", "European Union", "Iran")
    assert eu.date and eu.date.value == "2024-05-14"
    condemn = find("ACCUSE", "Iran", "Australia")
    assert condemn.source and condemn.source.country == "IRN" and condemn.voice == "outlet"
    rockets = find("ASSAULT", "Hezbollah", "Israeli positions")
    assert rockets.mode == "heavy-weapons" and rockets.context == "military"
    assert rockets.target and rockets.target.country == "ISR"


# -- store, reports, network --------------------------------------------------------------------


def test_events_reach_the_store_reports_and_network(event_nlp: Language, tmp_path: Path) -> None:
    from newsprobe.network import network_of, to_graphml, to_json
    from newsprobe.render import render_html, render_markdown
    from newsprobe.store import Store

    text = "Corvan troops shelled the village of Eldham on Monday. Veldia condemned Corvia."
    analysis = pipeline.analyze(text, published="2025-03-12", nlp=event_nlp)
    assert {e.type for e in analysis.events} == {"ASSAULT", "ACCUSE"}
    with Store(tmp_path / "c.duckdb") as store:
        store.add(analysis)
        rows = store.query("SELECT type, text, start_char, end_char, date_value FROM events ORDER BY idx")
        assert [r["type"] for r in rows] == ["ASSAULT", "ACCUSE"]
        assert all(text[r["start_char"] : r["end_char"]] == r["text"] for r in rows)
        assert rows[0]["date_value"] == "2025-03-10"
        from newsprobe.network import network_from_store

        assert to_json(network_from_store(store)) == to_json(network_of([analysis]))
    assert "## Events (PLOVER)" in render_markdown(analysis)
    assert "<h2>Events (2)</h2>" in render_html(analysis)
    data = to_json(network_of([analysis, analysis]))
    assert {(e["type"], e["count"]) for e in data["edges"]} == {("ASSAULT", 2), ("ACCUSE", 2)}
    graphml = to_graphml(network_of([analysis]))
    assert graphml.startswith("<?xml") and 'edgedefault="directed"' in graphml and "ACCUSE" in graphml


def test_cli_rejects_an_unknown_split(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsprobe.cli import _register_all, app

    _register_all()
    result = CliRunner().invoke(app, ["evaluate", "plover", "--data", str(tmp_path), "--split", "train"])
    assert result.exit_code != 0 and "NP109" in str(result.exception)


# -- PLOVER 2021 and CAMEO codes ---------------------------------------------------------------


def test_events_carry_the_cameo_code_the_table_gives(event_nlp: Language) -> None:
    assert one(event_nlp, "Police arrested two journalists in Marlow on Friday.", "COERCE").cameo == "173"
    e = one(event_nlp, "Veldia condemned Corvia.", "ACCUSE")
    assert (e.mode, e.cameo) == ("disapprove", "110")
    e = one(event_nlp, "Veldia demanded the release of the prisoners.", "REQUEST")
    assert e.cameo == "100"


def test_only_plover_2021_types_are_emitted(event_nlp: Language) -> None:
    text = (
        "Corvan troops shelled Eldham on Monday. Veldia condemned Corvia and demanded talks. "
        "Prosecutors in Veldia launched an investigation into the killing."
    )
    kinds = {e.type for e in events(event_nlp, text)}
    assert kinds and not kinds & {"FIGHT", "DEMAND", "DISAPPROVE", "INVESTIGATE"}, kinds
    from newsprobe.components.event_lexicon import to_plover2021

    assert to_plover2021("FIGHT", "firearms") == ("ASSAULT", "firearms", "military")
    assert to_plover2021("INVESTIGATE", None) == ("ACCUSE", "investigate", None)
    assert to_plover2021("AID", "humanitarian") == ("AID", None, "humanitarian")


@pytest.mark.shared
@pytest.mark.skipif(not PLOVER.exists(), reason="needs ../shared/datasets/plover")
def test_cameo_tsv_is_what_the_2021_table_gives() -> None:
    from importlib import resources

    from newsprobe.evaluate.plover import cameo_rows

    text = resources.files("newsprobe.components").joinpath("data", "events", "cameo.tsv").read_text("utf-8")
    shipped = [tuple(line.split("\t")) for line in text.splitlines() if line and not line.startswith("#")]
    assert shipped == cameo_rows(PLOVER)


@pytest.mark.shared
@pytest.mark.skipif(not PLOVER.exists(), reason="needs ../shared/datasets/plover")
def test_gold_types_are_read_in_2021_terms() -> None:
    from newsprobe.evaluate.plover import GOLD_TO_2021, cameo_to_plover, gold_type, load_records, remapped

    records = load_records(PLOVER)
    assert {gold_type(r) for r in records} <= set(cameo_to_plover(PLOVER).values())
    assert remapped(records) == sum(r["event"] in GOLD_TO_2021 for r in records) > 0


def test_folds_are_fixed_by_record_id() -> None:
    from newsprobe.evaluate.plover import fold_of

    assert fold_of("PLOVER-GSR01-AGREE-0001") == fold_of("PLOVER-GSR01-AGREE-0001")
    assert {fold_of(f"id-{i}") for i in range(50)} == set(range(5))


# -- the PLOVER gate: cross-validation by record ------------------------------------------------


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not PLOVER.exists(), reason="needs ../shared/datasets/plover")
def test_plover_cross_validation_stays_above_its_floors(event_nlp: Language) -> None:
    from newsprobe.evaluate.plover import cross_validate, load_records, parse_records

    records = load_records(PLOVER)
    result = cross_validate(records, parse_records(records, event_nlp))
    assert sum(f["records"] for f in result["per_fold"]) == len(records)
    # regression floors just under the measured 5-fold means (0.750 / 0.677, gold types read in PLOVER
    # 2021 terms) and the old test half's pooled figures (0.597 / 0.480: the only records the lexicons
    # were never checked on, where the targets 0.70 / 0.55 are NOT met). Raise these when the
    # coder improves; never lower them.
    summary = json.dumps({k: result[k] for k in ("type_accuracy", "type_source_accuracy", "pooled_old_test_half")})
    assert result["type_accuracy"]["mean"] >= 0.73, summary
    assert result["type_source_accuracy"]["mean"] >= 0.66, summary
    assert result["pooled_old_test_half"]["type_accuracy"] >= 0.58, summary
    assert result["pooled_old_test_half"]["type_source_accuracy"] >= 0.46, summary


# -- precision: complements, self-directed events, common-noun people (fictional sentences) -------


def test_recognize_is_support_only_with_an_actor_object(event_nlp: Language) -> None:
    text = "We must first recognize that nobody is to blame for it."
    assert not [e for e in events(event_nlp, text) if e.type == "SUPPORT"]
    for a, b in (("Norvala", "Estavia"), ("Estavia", "Norvala")):  # mirrored
        e = one(event_nlp, f"The government of {a} formally recognized {b} on Monday.", "SUPPORT")
        assert e.target and b in e.target.name


def test_called_on_is_a_request_only_with_an_infinitive(event_nlp: Language) -> None:
    text = "Governor Mira Solt said she called on Tessa Vane because she was the best choice."
    assert not [e for e in events(event_nlp, text) if e.type == "REQUEST"]
    e = one(event_nlp, "Governor Mira Solt called on Tessa Vane to resign.", "REQUEST")
    assert names(e) == ("Mira Solt", "Tessa Vane")


def test_helped_to_a_hospital_is_no_aid(event_nlp: Language) -> None:
    text = "The injured guard was assisted to the Lindon General Hospital, where he was treated and released."
    assert events(event_nlp, text) == []
    e = one(event_nlp, "Norvala assisted Estavia with food and medicine.", "AID")
    assert names(e) == ("Norvala", "Estavia")


def test_same_actor_on_both_sides_keeps_no_target() -> None:
    from newsprobe.components.events import _same_actor
    from newsprobe.model import EventActor, Mention

    def actor(eid: str | None, start: int) -> EventActor:
        return EventActor(name="X", entity_id=eid, mention=Mention(start=start, end=start + 1, text="X"))

    assert _same_actor(actor("e1", 0), actor("e1", 10))
    assert _same_actor(actor(None, 3), actor(None, 3))
    assert not _same_actor(actor("e1", 0), actor("e2", 10))
    assert not _same_actor(actor(None, 0), actor(None, 10))


def test_passive_assault_by_a_common_noun_person(event_nlp: Language) -> None:
    text = "A female officer was taken to a clinic after she was assaulted and hit with a bottle by another man."
    found = [e for e in events(event_nlp, text) if e.type == "ASSAULT"]
    assert len(found) == 1, found  # "assaulted and hit": one assault
    e = found[0]
    assert e.mode == "beat" and e.source and e.source.name == "another man" and e.source.sector == "civilian"
    assert e.source.entity_id is None
    assert e.target and "officer" in e.target.name


def test_the_accused_hit_the_child(event_nlp: Language) -> None:
    e = one(event_nlp, "The guard questioned a vendor when the accused walked up to the child and hit him.", "ASSAULT")
    assert e.source and "accused" in e.source.name and e.source.entity_id is None
    assert e.target and "child" in e.target.name


def test_stones_thrown_by_one_person_are_an_assault_by_a_crowd_a_riot(event_nlp: Language) -> None:
    e = one(event_nlp, "The man flung three stones at the police officer.", "ASSAULT")
    assert e.mode == "beat" and e.source and e.target and "officer" in e.target.name
    r = one(event_nlp, "Protesters threw stones at the police in Vell.", "PROTEST")
    assert r.mode == "riot"


def test_criminal_sector_for_gunmen(event_nlp: Language) -> None:
    e = one(event_nlp, "Gunmen attacked a bus carrying villagers near Ostrava.", "ASSAULT")
    assert e.source and e.source.sector == "criminal" and e.source.entity_id is None


def test_no_event_without_any_actor(event_nlp: Language) -> None:
    assert events(event_nlp, "It was shelled and they were attacked again.") == []


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The Selt government on Monday added the Norvalan Defence Ministry to its sanctions list.",
         "Selt government", "Norvalan Defence Ministry"),
        ("The Norvalan government on Monday added the Selt Defence Ministry to its sanctions list.",
         "Norvalan government", "Selt Defence Ministry"),
    ],
)
def test_adding_to_a_sanctions_list_is_a_sanction(event_nlp: Language, text: str, source: str, target: str) -> None:
    e = one(event_nlp, text, "SANCTION")
    assert names(e) == (source, target)
    assert e.date is not None and e.date.value == "2025-03-10"


def test_adding_to_another_list_is_no_sanction(event_nlp: Language) -> None:
    text = "The Selt government on Monday added three ministries to its list of partners."
    assert [e.type for e in events(event_nlp, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        '"Nobody who profits from this war should feel safe," the Norvalan president said.',
        "The Selt foreign minister said that everyone must remain calm.",
    ],
)
def test_a_maxim_is_no_demand(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text)] == []


def test_an_owed_act_is_a_request_not_the_act(event_nlp: Language) -> None:
    found = events(event_nlp, "The Norvalan foreign minister said Tessa must release the prisoners.")
    assert [e.type for e in found] == ["REQUEST"]


@pytest.mark.parametrize(
    "text",
    [
        "The Selt army denied firing on the port.",
        "The Norvalan army denied firing on the port.",
        "The Selt defence ministry denied that its forces shelled the village.",
    ],
)
def test_what_is_denied_is_no_event(event_nlp: Language, text: str) -> None:
    assert [e.type for e in events(event_nlp, text) if e.type == "ASSAULT"] == []


def test_staging_a_protest_is_a_protest_but_staging_a_strike_is_not(event_nlp: Language) -> None:
    assert [e.type for e in events(event_nlp, "Students staged a protest outside the ministry.")] == ["PROTEST"]
    said = "The spokesman accused the Selt army of staging the strike."
    assert "PROTEST" not in [e.type for e in events(event_nlp, said)]


def test_where_fire_came_from_is_not_its_target(event_nlp: Language) -> None:
    for e in events(event_nlp, "Norvalan troops fired shells from positions near the Selt border."):
        assert e.target is None or "positions" not in e.target.name


# -- what is not asserted, read on real pages (the sentences here are written for the tests) -------


@pytest.mark.parametrize(
    "text",
    [
        "The Norvalan ministry declined to comment on the report.",
        "Selt officials refused to be interviewed.",
        "The senator has offered no formal endorsement.",
        "The governor has not ruled out resigning before the end of his term.",
        "After she suspended her campaign, the organizers went home.",
        "Tessa's drop in the polls offers her rivals new hope.",
        "How are the rebels appealing to young voters?",
        "Did the Selt army shell the convoy?",
        "Support for the mayor declined to 35 percent.",
        "The party mobilized its voters before the election.",
        "The Norvalan militia could attack the town.",
        "The agency said a report should have been filed.",
        "It would have been difficult for the union to endorse him.",
        "Neighbours shared information that could help the police capture him.",
        "He sat down after the speech.",
        "The actress accepted the award on stage.",
        "The unions have not endorsed anyone.",
        "She doesn't have a single endorsement from the council.",
    ],
)
def test_what_is_not_asserted_or_not_an_event_makes_no_record(event_nlp: Language, text: str) -> None:
    assert [(e.type, e.text) for e in events(event_nlp, text)] == []


def test_the_same_verbs_with_their_event_complements_still_code(event_nlp: Language) -> None:
    assert [e.type for e in events(event_nlp, "The Selt army mobilized reservists along the border.")] == ["MOBILIZE"]
    assert [e.type for e in events(event_nlp, "The Norvalan government accepted the ceasefire proposal.")] == ["AGREE"]
    assert [e.type for e in events(event_nlp, "The envoy sat down with rebel leaders in Tarsa.")] == ["CONSULT"]
    assert [e.type for e in events(event_nlp, "Norvala suspended military aid to Tessa.")] == ["SANCTION"]
    refrain = events(event_nlp, "Mayor Ilse Brandt asked that the council refrain from endorsing anyone.")
    assert [e.type for e in refrain] == ["REQUEST"]


def test_a_headline_passive_names_the_accused_as_target(event_nlp: Language) -> None:
    e = one(event_nlp, "Senator Ana Pirlo accused of hiding donations\nThe senator denies it.", "ACCUSE")
    assert e.source is None and e.target is not None and e.target.name.endswith("Ana Pirlo")


@pytest.mark.parametrize(("person", "place"), [("Mira Kovac", "East Harwick"), ("Tom Oduya", "West Brenford")])
def test_who_after_a_place_in_an_apposition_is_the_person(event_nlp: Language, person: str, place: str) -> None:
    text = f"{person}, the Green MP for {place}, who is supporting the nurses' union, said the pay offer was too low."
    e = one(event_nlp, text, "SUPPORT")
    assert e.source is not None and e.source.name == person


def test_a_hosted_gathering_is_no_visitor(event_nlp: Language) -> None:
    e = one(event_nlp, "In 2019 Chancellor Ida Wendt hosted the Harbour Conference in Tarsa.", "CONSULT")
    assert e.target is None


def test_sharing_is_cooperation_only_with_what_partners_share(event_nlp: Language) -> None:
    # "shared messages of support" and "sharing knowledge" are no joint act; intelligence shared is
    said = "Volunteers in Norvala shared messages of support for the Selt editors."
    assert [e.type for e in events(event_nlp, said) if e.type == "COOPERATE"] == []
    shared = events(event_nlp, "The Norvalan army shared intelligence with Selt forces.")
    assert [e.type for e in shared] == ["COOPERATE"]


@pytest.mark.parametrize("side", ["Norvalan", "Selt"])
def test_a_desire_to_act_is_not_the_act(event_nlp: Language, side: str) -> None:
    text = f"The {side} editors expressed their desire to collaborate with the ministry again."
    assert [e.type for e in events(event_nlp, text) if e.type == "COOPERATE"] == []


def test_an_upper_case_section_label_is_no_one_arrested(event_nlp: Language) -> None:
    text = "October 24: ARRESTS – Dana K. Voss, 38, Lisbury, was arrested for retail theft."
    for e in events(event_nlp, text):
        assert e.target is None or e.target.name != "ARRESTS"
