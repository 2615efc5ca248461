"""newsprobe: read news articles like a fact-checker, with every finding pointing at the source.

>>> import newsprobe
>>> analysis = newsprobe.analyze("Kan'ani said on Tuesday ...", published="2024-05-15")
"""

from newsprobe.errors import NewsprobeError
from newsprobe.model import SCHEMA_VERSION, Analysis, Article
from newsprobe.pipeline import analyze, analyze_many, load

__version__ = "0.1.0"

__all__ = [
    "SCHEMA_VERSION",
    "Analysis",
    "Article",
    "NewsprobeError",
    "analyze",
    "analyze_many",
    "load",
    "__version__",
]
