"""Every error newsprobe raises on purpose, with a code, in one catalogue.

Codes: NP1xx input, NP2xx models and pipeline, NP3xx store and corpus, NP4xx evaluation and
training, NP5xx web. The CLI prints ``error[NPxxx]: message`` on one line and exits non-zero.
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
    MODEL_MISSING = "NP201"
    MODEL_MISMATCH = "NP202"
    ANALYSIS_FAILED = "NP203"
    STORE = "NP301"
    QUERY = "NP302"
    NOT_FOUND = "NP303"
    DATASET = "NP401"
    TRAINING = "NP402"
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


class InputError(NewsprobeError):
    """The input cannot be read as an English news article."""


class ModelError(NewsprobeError):
    """A model is missing, or not the one newsprobe was built for."""


class StoreError(NewsprobeError):
    """The corpus store cannot be opened, written or queried."""


class DatasetError(NewsprobeError):
    """An evaluation or training dataset is missing or malformed."""
