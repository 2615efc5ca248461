"""A learned event type for a clause the lexicons leave uncoded (the idioms no rule names).

The rules code an event from a lexicon entry; a clause whose verb no entry names gets nothing,
however plainly it reports an act ("Jakarta forced the agency out of the country", "dispatched
inspectors to monitor the plant"). This module gives such a clause one more chance, and only such a
clause: a sentence where the rules found no event at all offers its main verb (the root, or the
verb a reporting frame governs: "officials said Y ..."), when the verb is not one that never
reports an act (being, having, saying, thinking, trading, ...) nor an infinitive, its subject is
not "I", "we" or "you", no rule reads it (the rules' silence on a verb they read is a decision),
and the verb rules, given a stand-in type, resolve its doer to an actor with a country or a
non-civilian sector (see ``events._learned_candidates``): private life is left to the rules.

**Model.** A multinomial logistic regression over the contextual vectors of the shipped technique
encoder (``models/techniques/si.onnx``, the ``hidden`` output: MiniLM, int8), read over the
sentence alone with its party names masked ("Party", as the encoder was trained: the same act reads
the same whoever does it, so mirrored sentences get the same type and probability): the mean vector of the verb's word pieces and the mean of its complements' (object,
prepositions, particles, clauses). Classes: the PLOVER 2021 types and ``NONE``. Weights in
``models/events/event_types.npz`` (fitted by :mod:`newsprobe.train.event_types` on the project's
own coded development sentences, 600 sentences written to vary the wording, the PLOVER development
half, the coded wire development sentences and silver no-event verbs of US political copy; nothing
held out is in it). A type is
given only when its probability reaches the shipped threshold (chosen by cross-validation for
precision); below it the clause stays uncoded. The encoder runs in a one-thread session of its own,
on the offered sentences alone, batched per article (a few per article: events stay under 10% of the
analysis time, ``bench/events.py``).

**Everything else is the rules'.** The learned type only stands in for the missing lexicon entry:
the verb then goes through :func:`~newsprobe.components.events.triggers._verb_event` like any
other, so its actors, modality (a negated, future or wished act), voice, date and place, and
every precision rule apply unchanged. Events coded this way say so: ``Event.learned`` holds the
probability (None for the lexicons' events).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Span, Token

from newsprobe.components.party_mask import party_spans
from newsprobe.errors import Code as ErrorCode
from newsprobe.errors import ModelError

MODEL_PATH = Path(__file__).resolve().parents[2] / "models" / "events" / "event_types.npz"
#: the dependencies whose subtrees are a verb's complements (its "object" vector)
OBJECT_DEPS = frozenset({"dobj", "prep", "xcomp", "prt", "attr", "dative", "ccomp", "acomp", "oprd"})
#: reporting verbs: their clause complement is the act reported
REPORTING = frozenset("say tell add report announce state claim note explain insist argue quote".split())
#: the learned type as the rules' working type (:func:`event_lexicon.to_plover2021` maps it back)
TO_WORKING = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}
FIRST_SECOND_PERSON = frozenset({"i", "we", "you"})
#: verbs a rule of their own decides wholly: a warning is a threat only when the warner is the one
#: who would act ("warned of attacks by militants" is a prediction), which the model cannot see
RULES_DECIDE = frozenset({"warn"})
#: verbs that never report an act in themselves: being, having, saying, knowing, feeling, seeming,
#: wanting, coming and going, planning and trying, buying and selling (trade is no event unless
#: the rules read it as aid); their clause is left to the rules (the light
#: verbs stay in: "took control of", "put X under house arrest" are where the idioms live)
NEVER_ACTS = frozenset(
    """be have do say tell add report announce state claim note explain insist argue quote write
    tweet post think believe know feel seem appear look sound want wish hope like love hate need
    get become remain stay go come see hear watch read learn understand remember forget mean
    expect consider describe call name include involve contain cost win lose play run live die
    let try seek plan intend decide choose happen occur exist suggest show find reveal confirm deny
    acknowledge admit ship export import sell buy trade purchase""".split()
)


@dataclass(frozen=True)
class LearnedTypes:
    """The fitted model: scaler, weights and the threshold a type must reach."""

    labels: tuple[str, ...]
    mean: np.ndarray[Any, Any]
    scale: np.ndarray[Any, Any]
    coef: np.ndarray[Any, Any]
    intercept: np.ndarray[Any, Any]
    threshold: float

    def probabilities(self, features: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """``(n, len(labels))`` class probabilities of ``(n, dim)`` feature rows."""
        z = ((features - self.mean) / self.scale) @ self.coef.T + self.intercept
        z = z - z.max(axis=1, keepdims=True)
        e = np.exp(z)
        return np.asarray(e / e.sum(axis=1, keepdims=True))


def load(path: Path = MODEL_PATH) -> LearnedTypes:
    """The model at ``path``; a missing or malformed file is a :class:`ModelError`."""
    try:
        with np.load(path, allow_pickle=False) as npz:
            data = {k: npz[k] for k in npz.files}
        labels = tuple(str(x) for x in data["labels"])
        model = LearnedTypes(
            labels, data["mean"], data["scale"], data["coef"], data["intercept"], float(data["threshold"])
        )
    except (OSError, KeyError, ValueError) as exc:
        raise ModelError(ErrorCode.MODEL_MISSING, f"event type model unreadable: {path} ({exc})") from None
    if model.coef.shape != (len(labels), model.mean.shape[0]) or model.intercept.shape != (len(labels),):
        raise ModelError(ErrorCode.MODEL_MISMATCH, f"event type model {path}: weights do not fit its labels")
    return model


@lru_cache(maxsize=1)
def shared() -> LearnedTypes:
    """The shipped model, loaded once per process."""
    return load()


def main_verb(sent: Span) -> Token:
    """The verb a sentence reports: its root, or the clause a reporting root governs."""
    root = sent.root
    if root.lemma_.lower() in REPORTING:
        inner = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")), None)
        if inner is not None:
            return inner
    return root


def spans(tok: Token) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """The verb's characters and its complements' (from the first to the last), in its sentence."""
    base = tok.sent.start_char
    objs = [c for c in tok.children if c.dep_ in OBJECT_DEPS]
    verb = (tok.idx - base, tok.idx + len(tok.text) - base)
    if not objs:
        return verb, None
    start = min(c.left_edge.idx for c in objs)
    end = max(c.right_edge.idx + len(c.right_edge.text) for c in objs)
    return verb, (start - base, end - base)


def masked_view(tok: Token) -> tuple[str, tuple[int, int], tuple[int, int] | None]:
    """``(sentence, verb span, complements span)`` as the model reads them: the verb's sentence with
    every party name (and its repeats) replaced by the placeholder "Party", as the technique encoder
    was trained (:mod:`newsprobe.components.party_mask`), and the spans moved to match. Who acts
    cannot change the type: a mirrored sentence reads the same, character for character."""
    from newsprobe.components.techniques import mask_text

    sent = tok.sent
    base = sent.start_char
    parties = party_spans([(e.start_char - base, e.end_char - base, e.label_) for e in sent.ents])
    masked = mask_text(sent.text, parties)
    verb, complements = spans(tok)
    return (
        masked.text,
        masked.to_masked(*verb),
        masked.to_masked(*complements) if complements is not None else None,
    )


def _mean_in(hidden: np.ndarray[Any, Any], offsets: np.ndarray[Any, Any], span: tuple[int, int] | None) -> Any:
    if span is None:
        return np.zeros(hidden.shape[1], dtype=np.float32)
    a, b = span
    mask = (offsets[:, 0] >= a) & (offsets[:, 1] <= b) & (offsets[:, 1] > offsets[:, 0])
    return hidden[mask].mean(axis=0) if mask.any() else np.zeros(hidden.shape[1], dtype=np.float32)


@lru_cache(maxsize=1)
def _encoder() -> tuple[Any, Any]:
    """The technique model's tokenizer and tagger (``si.onnx``), in a session of its own with one
    thread: a handful of short sentences per article costs less CPU time on one thread than on
    several (the technique component keeps its own session)."""
    from newsprobe.components.techniques import MODEL_DIR, TAGGER_FILE, OnnxEncoder, load_tokenizer

    path = MODEL_DIR / TAGGER_FILE
    if not path.is_file():
        raise ModelError(ErrorCode.MODEL_MISSING, f"the event type model reads the technique tagger: {path} missing")
    tagger = OnnxEncoder(path, threads=1)
    if "hidden" not in tagger.outputs:
        raise ModelError(ErrorCode.MODEL_MISMATCH, f"{path} has no 'hidden' output for the event type model")
    return load_tokenizer(MODEL_DIR / "tokenizer.json"), tagger


def _encoded(sentences: list[str]) -> list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]:
    """``(hidden, offsets)`` of each sentence read alone, all in one batched encoder run."""
    from newsprobe.components.techniques import chunk_text

    tokenizer, tagger = _encoder()
    per = [chunk_text(tokenizer, text) for text in sentences]
    flat = [c for chunks in per for c in chunks]
    outs = iter(tagger.run(flat) if flat else [])
    encoded = []
    for chunks in per:
        if not chunks:
            encoded.append((np.zeros((0, 384), dtype=np.float32), np.zeros((0, 2), dtype=np.int64)))
            continue
        hidden = np.concatenate([next(outs)["hidden"] for _ in chunks]).astype(np.float32)
        encoded.append((hidden, np.concatenate([c.offsets for c in chunks])))
    return encoded


def features_many(items: list[tuple[str, tuple[int, int], tuple[int, int] | None]]) -> np.ndarray[Any, Any]:
    """One feature row per ``(sentence, verb span, complements span)``: the verb's and its
    complements' mean encoder vectors, each sentence read alone."""
    rows = []
    for (_, verb, complements), (hidden, offsets) in zip(items, _encoded([i[0] for i in items]), strict=True):
        if len(hidden) == 0:
            rows.append(np.zeros(2 * 384, dtype=np.float32))
        else:
            rows.append(np.concatenate([_mean_in(hidden, offsets, verb), _mean_in(hidden, offsets, complements)]))
    return np.stack(rows) if rows else np.zeros((0, 2 * 384), dtype=np.float32)


def features(sentence: str, verb: tuple[int, int], complements: tuple[int, int] | None) -> np.ndarray[Any, Any]:
    """The feature row of one verb (see :func:`features_many`)."""
    return np.asarray(features_many([(sentence, verb, complements)])[0])


def learned_types(toks: list[Token], model: LearnedTypes | None = None) -> list[tuple[str, float] | None]:
    """For each verb: ``(working type, probability)``, or None below the threshold or for NONE."""
    if not toks:
        return []
    model = model or shared()
    items = [masked_view(tok) for tok in toks]
    probs = model.probabilities(features_many(items))
    out: list[tuple[str, float] | None] = []
    for prob in probs:
        best = int(prob.argmax())
        label = model.labels[best]
        ok = label != "NONE" and prob[best] >= model.threshold
        out.append((TO_WORKING.get(label, label), float(prob[best])) if ok else None)
    return out


def offered_verb(sent: Span) -> Token | None:
    """The verb a sentence without any rule event offers the model, or None: its main verb, when
    it is a finite or infinitive verb (no gerund or participle modifier), not one that never reports
    an act, with a nominal subject (or "by" agent) of its own."""
    tok = main_verb(sent)
    if tok.pos_ != "VERB" or not tok.is_alpha or tok.lemma_.lower() in NEVER_ACTS | RULES_DECIDE:
        return None  # (a quotation mark or dash tagged as a verb is no verb)
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None  # an infinitive asserts nothing ("For Americans To Join Taliban", a headline)
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in FIRST_SECOND_PERSON for c in tok.children):
        return None  # "I", "we", "you": someone's talk about themselves or to the reader
    if not any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in tok.children):
        return None
    return tok
