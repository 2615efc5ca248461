"""The loaded-terms component: matching, offsets, lexicon files, and its scorers."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsprobe import pipeline
from newsprobe.components.terms import (
    CATEGORIES,
    LexiconEntry,
    TermMatcher,
    base_forms,
    read_lexicon,
)
from newsprobe.errors import InputError
from newsprobe.evaluate.terms import (
    BabeSentence,
    BasilSentence,
    BasilSpan,
    score_babe,
    score_basil,
)
from newsprobe.model import TermHit

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATASETS = SHARED / "datasets"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.load(components=["newsprobe_terms"])


def hits(nlp: Language, text: str) -> list[TermHit]:
    return list(nlp(text)._.terms)


def found(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(h.text, h.term) for h in hits(nlp, text)]


# --- matching -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "term"),
    [
        ("Two of them were martyred on the road to the mill.", "martyred", "martyr"),
        ("The terrorists left before noon.", "terrorists", "terrorist"),
        ("Both regimes signed the accord.", "regimes", "regime"),
        ("Orcs crossed the river at night.", "Orcs", "orc"),
        ("The council slammed the plan.", "slammed", "slam"),
        ("They were brutally dispersed.", "brutally", "brutal"),
        ("He keeps bragging about the deal.", "bragging", "brag"),
    ],
)
def test_inflections_match_the_lemma_entry(nlp: Language, text: str, surface: str, term: str) -> None:
    assert (surface, term) in found(nlp, text)


def test_case_insensitive(nlp: Language) -> None:
    lower = found(nlp, "the zionist regime and the kyiv regime")
    upper = found(nlp, "THE ZIONIST REGIME AND THE KYIV REGIME")
    assert [t for _, t in lower] == [t for _, t in upper] == ["zionist regime", "kyiv regime"]


def test_longest_match_wins_and_matches_do_not_overlap(nlp: Language) -> None:
    result = hits(nlp, "The Hamas-run health ministry and the temporarily occupied territories.")
    assert [h.term for h in result] == ["hamas-run health ministry", "temporarily occupied territory"]
    spans = sorted((h.start, h.end) for h in result)
    assert all(a_end <= b_start for (_, a_end), (b_start, _) in zip(spans, spans[1:], strict=False))


def test_hyphen_is_optional(nlp: Language) -> None:
    assert [t for _, t in found(nlp, "a far-right party")] == ["far right"]
    assert [t for _, t in found(nlp, "a far right party")] == ["far right"]


def test_offsets_point_at_the_text(nlp: Language) -> None:
    text = "In the square, “Nazis!” shouted a man, as the Tel Aviv regime’s envoy left; heinous, he said."
    result = hits(nlp, text)
    assert len(result) == 3
    for hit in result:
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.text
    assert hits(nlp, "") == []


def test_part_of_speech_restriction(nlp: Language) -> None:
    assert found(nlp, "She woke up at six.") == []
    assert found(nlp, "They mocked woke politics.") == [("woke", "woke")]


def test_exemptions_suppress_neutral_phrases(nlp: Language) -> None:
    assert found(nlp, "The sanctions regime was extended.") == []
    assert found(nlp, "The group claimed responsibility for the blast.") == []
    assert found(nlp, "The regime was extended.") == [("regime", "regime")]


def test_claim_as_a_noun_is_neutral_as_a_verb_casts_doubt(nlp: Language) -> None:
    assert found(nlp, "The claim was filed with the county court on Monday.") == []
    assert found(nlp, "Two insurers rejected the claims last year.") == []
    assert [t for t, _ in found(nlp, "The mayor claimed the bridge was safe.")] == ["claimed"]
    assert [t for t, _ in found(nlp, "The senator claims the vote was rigged.")] == ["claims"]
    assert [t for t, _ in found(nlp, "They repeated the claim that the vote was rigged.")] == ["claim that"]


@pytest.mark.parametrize("side", ["the governor", "the opposition leader", "the army", "the rebels"])
def test_doubt_adverbs_for_every_side(nlp: Language, side: str) -> None:
    for word in ("allegedly", "purportedly", "so-called"):
        text = f"The {word} secret report was sent by {side}." if word == "so-called" else \
            f"The report was {word} sent by {side}."
        cats = [h.category for h in hits(nlp, text)]
        assert cats == ["doubt_casting"], (word, side, cats)


def test_every_hit_carries_category_and_neutral(nlp: Language) -> None:
    for hit in hits(nlp, "Illegal aliens, eurocrats and orcs: a barbaric special military operation."):
        assert hit.category in CATEGORIES
        assert hit.neutral


def test_base_forms() -> None:
    assert {"martyr"} <= base_forms("martyred")
    assert {"slam"} <= base_forms("slamming")
    assert {"party"} <= base_forms("parties")
    assert "pres" not in base_forms("press")
    assert base_forms("orc") == {"orc"}


def test_matcher_with_own_entries(nlp: Language) -> None:
    entry = LexiconEntry("grey wolf", "smear_label", "nationalists", ("any",))
    matcher = TermMatcher(nlp, [entry], exemptions=["grey wolf sanctuary"])
    doc = nlp("Grey wolves marched; the Grey Wolf Sanctuary opened.")
    assert [h.text for h in matcher(doc)] == ["Grey wolves"]


# --- lexicon files ------------------------------------------------------------------------------


def write(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["term\tcategory\tneutral\ttargets\tpos\tnote", *rows]) + "\n", encoding="utf-8")
    return path


def test_custom_lexicon_through_the_factory(tmp_path: Path) -> None:
    lexicon = write(tmp_path / "lex.tsv", ["blue meanie\tdehumanising\tthe other team\tany\t\ttest"])
    exempt = tmp_path / "exempt.tsv"
    exempt.write_text("phrase\tnote\n", encoding="utf-8")
    nlp = pipeline.load(components=[])
    import newsprobe.components.terms  # noqa: F401 - registers the factory

    nlp.add_pipe("newsprobe_terms", config={"lexicon": str(lexicon), "exemptions": str(exempt)})
    assert [h.term for h in nlp("The Blue Meanies won; the regime fell.")._.terms] == ["blue meanie"]


@pytest.mark.parametrize(
    "row",
    [
        "x\tnot_a_category\tneutral\tany\t\t",
        "x\tdehumanising\t\tany\t\t",
        "x\tdehumanising\tneutral\tmars:left\t\t",
        "x\tdehumanising\tneutral\tany|us:left\t\t",
        "x\tdehumanising\tneutral\tany\tVERBISH\t",
        "x\tdehumanising\tneutral",
    ],
)
def test_malformed_lexicon_rows_are_refused(tmp_path: Path, row: str) -> None:
    with pytest.raises(InputError) as info:
        read_lexicon(write(tmp_path / "lex.tsv", [row]))
    assert "line 2" in info.value.message


def test_missing_lexicon_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_lexicon(tmp_path / "absent.tsv")


# --- scorers (hand-made data) -------------------------------------------------------------------


def hit(start: int, end: int, text: str, category: str = "emotive_intensifier") -> TermHit:
    return TermHit(start=start, end=end, text=text, term=text.lower(), category=category, neutral="x")


def test_score_babe_counts() -> None:
    sentences = [
        BabeSentence("A vile plan.", True, frozenset({"vile", "plan"})),
        BabeSentence("A calm plan.", False, frozenset()),
        BabeSentence("A grim plan.", True, frozenset({"grim"})),
    ]
    predicted = [[hit(2, 6, "vile")], [hit(2, 6, "calm")], []]
    result = score_babe(sentences, predicted)
    assert result["sentence_level"]["precision"] == 0.5
    assert result["sentence_level"]["recall"] == 0.5
    assert result["word_level"]["precision"] == 0.5
    assert result["word_level"]["recall"] == round(1 / 3, 4)
    assert result["categories"]["emotive_intensifier"] == {"hits": 2, "sentences": 2, "share_biased": 0.5}


def test_score_basil_counts() -> None:
    sentences = [
        BasilSentence("He gave a fierce speech.", (BasilSpan(10, 16, True),)),
        BasilSentence("A plain sentence here.", (BasilSpan(0, 7, False),)),
    ]
    predicted = [[hit(10, 16, "fierce")], [hit(2, 7, "plain")]]
    result = score_basil(sentences, predicted)
    assert result["sentence_level"]["precision"] == 0.5
    assert result["sentence_level"]["recall"] == 1.0
    assert result["span_level"]["recall"] == 1.0
    assert result["span_level"]["precision"] == 0.5
    assert result["span_level"]["precision_any_bias_span"] == 1.0


# --- on the shared datasets ---------------------------------------------------------------------


@pytest.mark.shared
@pytest.mark.skipif(not (DATASETS / "babe").is_dir(), reason="../shared/datasets/babe is absent")
def test_babe_readers_and_split_disjointness() -> None:
    from newsprobe.evaluate.terms import read_babe

    dev = read_babe(DATASETS / "babe", "dev")
    report = read_babe(DATASETS / "babe", "report")
    assert len(dev) > 1000 and len(report) > 1000
    assert not {s.text for s in dev} & {s.text for s in report}
    assert any(s.words for s in dev if s.biased)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not (DATASETS / "babe").is_dir(), reason="../shared/datasets/babe is absent")
def test_babe_report_floor(nlp: Language) -> None:
    from newsprobe.evaluate.terms import evaluate_babe

    result = evaluate_babe(DATASETS / "babe", "report", nlp)
    base_rate = result["biased"] / result["sentences"]
    # a lexicon hit should be far better evidence of bias than chance
    assert result["sentence_level"]["precision"] >= base_rate + 0.2
    assert result["sentence_level"]["recall"] >= 0.3
    assert result["word_level"]["precision"] >= 0.4


@pytest.mark.shared
@pytest.mark.skipif(not (DATASETS / "basil").is_dir(), reason="../shared/datasets/basil is absent")
def test_basil_reader_places_spans() -> None:
    from newsprobe.evaluate.terms import read_basil

    sentences, unplaced = read_basil(DATASETS / "basil")
    spans = [s for sentence in sentences for s in sentence.spans]
    assert len(spans) > 1000 and unplaced < len(spans) * 0.05
    assert any(s.lexical for s in spans)
    for sentence in sentences:
        for span in sentence.spans:
            assert 0 <= span.start < span.end <= len(sentence.text)


# --- command line -------------------------------------------------------------------------------


def test_evaluate_terms_command_refuses_a_bad_split(tmp_path: Path) -> None:
    import typer
    from typer.testing import CliRunner

    from newsprobe.cli import terms as terms_cli

    app, evaluate_app, train_app = typer.Typer(), typer.Typer(), typer.Typer()
    app.add_typer(evaluate_app, name="evaluate")
    app.add_typer(train_app, name="train")
    terms_cli.register(app, evaluate_app, train_app)
    runner = CliRunner()
    result = runner.invoke(app, ["evaluate", "terms", "--data", str(tmp_path), "--split", "test"])
    assert isinstance(result.exception, InputError)
    result = runner.invoke(app, ["evaluate", "terms", "--data", str(tmp_path / "absent")])
    assert result.exception is not None and "not found" in str(result.exception)


def test_loaded_word_inside_a_quote_is_quoted_and_in_narration_is_the_outlet() -> None:
    """Issue 11: whose words a loaded term is."""
    import newsprobe

    text = (
        "“The raid on the camp was a massacre,” said Ana Moss, a spokeswoman for the Zorvian ministry.\n\n"
        "Witnesses described the massacre to reporters on Monday."
    )
    terms = [t for t in newsprobe.analyze(text).terms if t.text.lower() == "massacre"]
    assert len(terms) == 2, terms
    quoted, narrated = sorted(terms, key=lambda t: t.start)
    assert quoted.voice == "quoted" and quoted.quote_index is not None
    assert quoted.speaker is not None and quoted.speaker.name.endswith("Moss")
    assert narrated.voice == "outlet" and narrated.quote_index is None and narrated.speaker is None
