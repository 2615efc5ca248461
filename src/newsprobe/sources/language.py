"""A small, dependency-free check that a text is English.

newsprobe's analysers are English-only; anything else is refused with "unsupported language"
rather than analysed badly. The check counts English function words among the words of the
text; it also recognises a few other scripts and common European languages by their own
function words so that the message can say which language was seen.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)

_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is that for on with as was it by at from his he said has have be are "
        "this an its not but they were who which their will had been also after more said than "
        "about over would there when we i you she her our after into".split()
    ),
    "fr": frozenset("le la les des du et est une un que qui dans pour pas sur au aux avec ce il elle".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den mit von sich auf für dem des im auch".split()),
    "es": frozenset("el la los las de del y que en un una es por con para se su al lo como".split()),
    "it": frozenset("il la di che e un una per non sono del della con si al gli le lo nel".split()),
    "pt": frozenset("o a os as de do da e que em um uma para com não por se na no ao".split()),
    "nl": frozenset("de het een en van in is dat op te zijn met voor niet aan ook als".split()),
}

_SCRIPTS = {"ARABIC": "ar", "HEBREW": "he", "CYRILLIC": "ru", "CJK": "zh", "HIRAGANA": "ja",
            "KATAKANA": "ja", "HANGUL": "ko", "DEVANAGARI": "hi", "GREEK": "el", "THAI": "th"}


def _script_language(text: str) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for ch in text[:20000]:
        if not ch.isalpha():
            continue
        letters += 1
        if ch.isascii():
            continue
        name = unicodedata.name(ch, "")
        for script, lang in _SCRIPTS.items():
            if name.startswith(script):
                counts[lang] = counts.get(lang, 0) + 1
                break
    if letters == 0:
        return "und"
    if counts:
        lang, n = max(counts.items(), key=lambda kv: kv[1])
        if n / letters > 0.3:
            return lang
    return None


def detect_language(text: str) -> str:
    """An ISO 639-1 code ('en' for English), or 'und' when there is too little text to tell."""
    by_script = _script_language(text)
    if by_script:
        return by_script
    words = [w.lower() for w in _WORD.findall(text[:20000])]
    if len(words) < 8:
        # too short to judge by word statistics: accept Latin-script text as English
        return "en"
    scores = {lang: sum(w in fw for w in words) / len(words) for lang, fw in _FUNCTION_WORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores["en"] >= 0.12 and scores["en"] >= 0.8 * scores[best]:
        return "en"
    return best if scores[best] >= 0.1 else "und"
