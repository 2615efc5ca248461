"""Every error newsprobe raises on purpose, with a code, in one catalogue.

Codes: NP1xx input, NP2xx models and pipeline, NP3xx store and corpus, NP4xx evaluation and
training, NP5xx web. The CLI prints ``error[NPxxx]: message`` on one line and exits non-zero.

NP15x are warnings, not errors: the input was read, but something about it deserves a look (see
:data:`WARNINGS`). They are recorded on ``Article.extraction.warnings`` and the CLI prints each as
``warning[NP15x]: SOURCE: message`` on one line of stderr without changing the exit status.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    EMPTY_INPUT = "NP101"
    BINARY_INPUT = "NP102"
    UNDECODABLE = "NP103"
    TOO_LARGE = "NP104"
    NO_ARTICLE = "NP105"
    UNSUPPORTED_LANGUAGE = "NP106"
    EMPTY_DIRECTORY = "NP107"
    MISSING_PATH = "NP108"
    BAD_OPTION = "NP109"
    BAD_RECORD = "NP110"
    URL_REFUSED = "NP111"
    FETCH_FAILED = "NP112"
    THIN_EXTRACTION = "NP151"
    LOOKS_LIKE_CAPTION = "NP152"
    DATE_MISMATCH = "NP153"
    MODEL_MISSING = "NP201"
    MODEL_MISMATCH = "NP202"
    ANALYSIS_FAILED = "NP203"
    STORE = "NP301"
    QUERY = "NP302"
    NOT_FOUND = "NP303"
    DATASET = "NP401"
    TRAINING = "NP402"
    MISSING_EXTRA = "NP403"
    AUDIT_TEXT_MISMATCH = "NP404"
    HTTP = "NP501"
    HOST_REFUSED = "NP502"
    CROSS_ORIGIN = "NP503"
    CSRF = "NP504"
    MEDIA_TYPE = "NP505"
    BUSY = "NP506"
    TIMED_OUT = "NP507"


class NewsprobeError(Exception):
    """Base class: ``code`` plus a one-line message a user can act on."""

    def __init__(self, code: Code, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __str__(self) -> str:
        return f"error[{self.code.value}]: {self.message}"


    def __reduce__(self) -> tuple[object, ...]:
        # rebuilt with its code (and any extra attributes) when sent to or from a worker process
        return (self.__class__, (self.code, self.message), self.__dict__.copy())


#: warning codes: the input was read, but a reader should look before trusting the analysis
WARNINGS = {
    Code.THIN_EXTRACTION: "the extracted text is tiny relative to the page (a teaser, a paywall, a failed extraction)",
    Code.LOOKS_LIKE_CAPTION: "the extracted text looks like a photo caption or page boilerplate, not an article",
    Code.DATE_MISMATCH: "the page's date disagrees with a date in its URL or its byline/dateline",
}


class InputError(NewsprobeError):
    """The input cannot be read as an English news article.

    ``source`` is the input it is about (a path, ``PATH:N`` for the N-th record or feed item, a URL,
    ``-``), or ``None`` for a problem with an option rather than an input. The message starts with it.
    """

    def __init__(self, code: Code, message: str, *, source: str | None = None) -> None:
        super().__init__(code, message)
        self.source = source

    @classmethod
    def at(cls, source: str, code: Code, detail: str) -> InputError:
        """``InputError(code, "SOURCE: detail", source=SOURCE)``."""
        return cls(code, f"{source}: {detail}", source=source)


class ModelError(NewsprobeError):
    """A model is missing, or not the one newsprobe was built for."""


class StoreError(NewsprobeError):
    """The corpus store cannot be opened, written or queried."""


class DatasetError(NewsprobeError):
    """An evaluation or training dataset is missing or malformed."""
