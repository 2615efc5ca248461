"""Masking party names keeps offsets exact and makes mirrored sentences identical."""

from __future__ import annotations

from newsprobe.components.party_mask import PLACEHOLDER, mask_spans, party_spans


def _spans(text: str, *names: str) -> list[tuple[int, int]]:
    return [(text.index(n), text.index(n) + len(n)) for n in names]


def test_mirrored_sentences_become_identical() -> None:
    a = "Valdorian troops shelled Marosa, said Petra Alvik."
    b = "Kestrel fighters shelled Oder Bay, said Yannis Oder."
    ma = mask_spans(a, _spans(a, "Valdorian", "Marosa", "Petra Alvik"))
    mb = mask_spans(b, _spans(b, "Kestrel", "Oder Bay", "Yannis Oder"))
    assert ma.text.replace("troops", "X") == mb.text.replace("fighters", "X")
    assert ma.text == f"{PLACEHOLDER} troops shelled {PLACEHOLDER}, said {PLACEHOLDER}."


def test_offsets_map_back_exactly() -> None:
    text = "The Tarvik council met Omar Weiss on Monday."
    masked = mask_spans(text, _spans(text, "Tarvik", "Omar Weiss"))
    i = masked.text.index("council met")
    s, e = masked.to_original(i, i + len("council met"))
    assert text[s:e] == "council met"
    j = masked.text.index(PLACEHOLDER, i)
    s, e = masked.to_original(j, j + len(PLACEHOLDER))
    assert text[s:e] == "Omar Weiss"
    s, e = masked.to_original(0, len(masked.text))
    assert (s, e) == (0, len(text))


def test_overlaps_are_skipped_and_labels_filtered() -> None:
    text = "Hamas and Israel"
    assert mask_spans(text, [(0, 5), (2, 8)]).text == f"{PLACEHOLDER} and Israel"
    assert party_spans([(0, 5, "ORG"), (10, 16, "GPE"), (6, 9, "CARDINAL")]) == [(0, 5), (10, 16)]


def test_forward_and_back_round_trip() -> None:
    text = "Yesterday Valdoria and the Kestrel Front traded blame, said Ines Valk."
    masked = mask_spans(text, _spans(text, "Valdoria", "Kestrel Front", "Ines Valk"))
    for phrase in ("traded blame", "Yesterday", "said", "Valdoria and the Kestrel Front"):
        s, e = text.index(phrase), text.index(phrase) + len(phrase)
        ms, me = masked.to_masked(s, e)
        assert masked.to_original(ms, me) == (s, e)
    # a span cutting into a name widens to the whole placeholder
    s = text.index("Kestrel Front") + 3
    ms, me = masked.to_masked(s, s + 4)
    assert masked.text[ms:me] == PLACEHOLDER


def test_repeats_of_a_recognised_name_are_masked_too() -> None:
    from newsprobe.components.party_mask import with_repeats

    text = "Valdor said Valdor's army left Valdoria; Valdor denied it."
    spans = with_repeats(text, [(0, 6)])
    assert spans == [(0, 6), (12, 18), (41, 47)]  # whole words only: "Valdoria" stays
    assert mask_spans(text, spans).text == "Party said Party's army left Valdoria; Party denied it."
    assert with_repeats(text, []) == []


def test_every_side_specific_lexicon_term_is_found_for_masking() -> None:
    """The epithet mask is the lexicon's own list: every side's terms alike (noun-only ones as plurals)."""
    from newsprobe.components.side_terms import side_term_spans
    from newsprobe.components.terms import read_lexicon

    entries = [e for e in read_lexicon() if e.side_specific]
    assert len({t for e in entries for t in e.targets}) >= 10
    missed = []
    for entry in entries:
        text = (entry.term + "s" if entry.pos else entry.term).replace(" 's", "'s")
        if side_term_spans(text) != [(0, len(text))]:
            missed.append(entry.term)
    assert missed == []
    # terms aimed at no side in particular, and an exempted phrase, stay readable
    assert side_term_spans("The regime's terrorists fled Nazi Germany.") == []
    assert side_term_spans("an illegal strike") == []  # "illegal" is side-specific only as a noun


def test_mirrored_epithets_mask_to_the_same_text() -> None:
    from newsprobe.components.techniques import mask_text

    a = "Zionist regime forces stormed the village, said Omar Weiss."
    b = "Mullah regime forces stormed the village, said Petra Alvik."
    ma = mask_text(a, [(a.index("Omar Weiss"), a.index("Omar Weiss") + 10)])
    mb = mask_text(b, [(b.index("Petra Alvik"), b.index("Petra Alvik") + 11)])
    assert ma.text == mb.text
    i = ma.text.index(" forces")
    assert a[slice(*ma.to_original(0, i))] == "Zionist regime"  # the stand-in maps back to the whole term


def test_names_inside_terms_merge_into_one_masked_span() -> None:
    from newsprobe.components.party_mask import EPITHET_PLACEHOLDER, PLACEHOLDER, with_epithets

    # "Kyiv" (a name) inside "Kyiv regime" (a term): one span, masked as the term
    assert with_epithets([(4, 8), (20, 26)], [(4, 15)]) == [(4, 15, EPITHET_PLACEHOLDER), (20, 26, PLACEHOLDER)]
    assert with_epithets([], []) == []
