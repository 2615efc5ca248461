"""How often the input warnings (NP151-153) fire on a folder of real HTML pages, and on which.

The pages are not part of this repository. trafilatura's test pages are one public set:

    git clone --depth 1 https://github.com/adbar/trafilatura /tmp/trafilatura
    python bench/input_warnings.py /tmp/trafilatura/tests/cache /tmp/trafilatura/tests/eval

Each ``*.html`` page is read like ``newsprobe analyze PAGE`` reads it; pages that are refused
(not English, no article text) are counted apart. Prints one line per warning, then the counts.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newsprobe.errors import InputError
from newsprobe.sources.checks import warning_lines
from newsprobe.sources.files import read_article


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    args = parser.parse_args()
    read = refused = 0
    codes: Counter[str] = Counter()
    for folder in args.folders:
        for page in sorted(folder.glob("*.html")):
            try:
                article = read_article(str(page))
            except InputError:
                refused += 1
                continue
            read += 1
            for line in warning_lines(article):
                print(line[:200])
                codes[line.split("]", 1)[0].removeprefix("warning[")] += 1
    flagged = ", ".join(f"{code}: {n}" for code, n in sorted(codes.items())) or "none"
    print(f"{read} pages read ({refused} refused); warnings: {flagged}")


if __name__ == "__main__":
    main()
