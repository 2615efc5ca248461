"""The command line: coded one-line errors, never a traceback, and batches that keep good items."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ENGLISH = (
    "The mayor of Tarvik said on Monday that the bridge would reopen next week after repairs. "
    "Engineers found that the damage was smaller than first feared."
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-c", "from newsprobe.cli import main; main()", *args],
        input=stdin,
        capture_output=True,
        timeout=300,
    )


def _one_error_line(proc: subprocess.CompletedProcess[bytes], code: str) -> None:
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert err.strip().startswith(f"error[{code}]")
    assert len(err.strip().splitlines()) == 1, err


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"", "NP101"),
        (b"  \n \n", "NP101"),
        (b"\x00\x01\x02binary\x00" * 50, "NP102"),
        ("Le président a déclaré mardi que la guerre dans la région est une tragédie pour nous.".encode(),
         "NP106"),
        (b"<html><body><nav>Home</nav></body></html>", "NP105"),
    ],
)
def test_bad_file_gives_one_coded_line(tmp_path: Path, content: bytes, code: str) -> None:
    suffix = ".html" if content.startswith(b"<html") else ".txt"
    path = tmp_path / f"bad{suffix}"
    path.write_bytes(content)
    _one_error_line(run("analyze", str(path), "--components", "none"), code)


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    _one_error_line(run("analyze", str(tmp_path / "nope.txt")), "NP108")
    _one_error_line(run("analyze", str(tmp_path)), "NP107")


def test_bad_option_values() -> None:
    _one_error_line(run("analyze", "-", "--published", "15/05/2024", stdin=ENGLISH.encode()), "NP109")
    _one_error_line(run("analyze", "-", "--format", "pdf", stdin=ENGLISH.encode()), "NP109")


def test_directory_with_good_and_bad_files_keeps_every_good_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(ENGLISH + " A second article.", encoding="utf-8")
    proc = run("analyze", str(tmp_path), "--format", "jsonl", "--components", "none")
    assert proc.returncode == 1
    lines = proc.stdout.decode().splitlines()
    assert [json.loads(line)["article"]["source"].rsplit("/", 1)[-1] for line in lines] == ["a.txt", "c.txt"]
    err = proc.stderr.decode()
    assert "Traceback" not in err and "NP101" in err


def test_stdin_json_output(tmp_path: Path) -> None:
    proc = run("analyze", "-", "--published", "2025-03-12", "--outlet", "Tarvik Herald",
               "--components", "none", stdin=ENGLISH.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["article"]["outlet"] == "Tarvik Herald"
    assert doc["article"]["published"] == "2025-03-12"
    assert doc["article"]["source"] == "-"


def test_html_output_to_directory(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(ENGLISH + ' She said "<script>alert(2)</script>" loudly.', encoding="utf-8")
    (src / "b.txt").write_text(ENGLISH, encoding="utf-8")
    out = tmp_path / "out"
    proc = run("analyze", str(src), "--format", "html", "-o", str(out), "--components", "none")
    assert proc.returncode == 0, proc.stderr.decode()
    pages = sorted(out.glob("*.html"))
    assert len(pages) == 2
    assert all("<script>alert" not in p.read_text(encoding="utf-8") for p in pages)


def test_every_command_has_help_with_an_example() -> None:
    from typer.main import get_command

    from newsprobe.cli import _register_all, app

    _register_all()
    root = get_command(app)
    missing = []

    def walk(cmd, path):  # type: ignore[no-untyped-def]
        if hasattr(cmd, "commands"):
            for name, child in cmd.commands.items():
                walk(child, [*path, name])
        elif "Example" not in (cmd.help or ""):
            missing.append(" ".join(path))

    walk(root, ["newsprobe"])
    assert not missing, f"commands without an example in --help: {missing}"


# -- issue 9: warnings, -o names, --components, evaluate without extras ------------------------------

CAPTION_PAGE = (
    "<!doctype html><html><head><title>Tarvik ferry row</title></head><body><header><ul>"
    + "".join(f'<li><a href="/s{i}">Section {i} news and more stories</a></li>' for i in range(40))
    + "</ul></header><main><article><h1>Tarvik ferry row</h1><p>Harbour master Ilse Varga speaks to reporters "
    "beside the stranded ferry in Tarvik on Tuesday during the second week of the dispute. Photo: Tarvik Wire"
    "</p></article></main></body></html>"
)


def test_warning_is_one_line_on_stderr_and_recorded_exit_status_unchanged(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(CAPTION_PAGE, encoding="utf-8")
    proc = run("analyze", str(page), "--components", "none")
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode().strip().splitlines()
    assert [line[:24] for line in err] == [f"warning[NP151]: {page}"[:24], f"warning[NP152]: {page}"[:24]]
    assert all(line.startswith((f"warning[NP151]: {page}: ", f"warning[NP152]: {page}: ")) for line in err)
    extraction = json.loads(proc.stdout)["article"]["extraction"]
    assert extraction["extractor"] == "trafilatura"
    assert [w["code"] for w in extraction["warnings"]] == ["NP151", "NP152"]


def test_output_dir_names_files_after_sources_and_prints_them(tmp_path: Path) -> None:
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "tarvik-bridge.txt").write_text(ENGLISH + f" Filed from {folder}.", encoding="utf-8")
    (tmp_path / "one" / "harbour-news.html").write_text(
        f"<html><body><article><p>{ENGLISH} {ENGLISH}</p></article></body></html>", encoding="utf-8"
    )
    out = tmp_path / "out"
    proc = run("analyze", str(tmp_path / "one"), str(tmp_path / "two"), "-o", str(out), "--components", "none")
    assert proc.returncode == 0, proc.stderr.decode()
    printed = proc.stdout.decode().splitlines()
    assert [Path(p).name for p in printed] == ["harbour-news.json", "tarvik-bridge.json", "tarvik-bridge-2.json"]
    assert sorted(p.name for p in out.iterdir()) == sorted(Path(p).name for p in printed)
    assert all(Path(p).is_file() for p in printed)
    second = json.loads((out / "tarvik-bridge-2.json").read_text(encoding="utf-8"))
    assert second["article"]["source"].endswith("two/tarvik-bridge.txt")


@pytest.mark.parametrize(
    ("source", "stem"),
    [
        ("reports/reuters-parasite.html", "reuters-parasite"),
        ("news.jsonl:3", "news-3"),
        ("https://news.example.org/2024/05/15/bridge-reopens.html?x=1", "bridge-reopens"),
        ("https://news.example.org/", "news.example.org"),
        ("-", "stdin"),
        ("weird name (1).txt", "weird-name-1"),
        (None, "fallback"),
    ],
)
def test_output_stem(source: str | None, stem: str) -> None:
    from newsprobe.cli.analyze import output_stem

    assert output_stem(source, "fallback") == stem


def test_components_take_the_same_short_names_everywhere() -> None:
    from newsprobe.cli.corpus import parse_components
    from newsprobe.errors import InputError
    from newsprobe.pipeline import COMPONENTS, DEFAULT_COMPONENTS

    short = [name.removeprefix("newsprobe_") for name, _ in COMPONENTS]
    assert parse_components(",".join(reversed(short))) == tuple(name for name, _ in COMPONENTS)
    assert parse_components("Quotes, entities") == ("newsprobe_entities", "newsprobe_quotes")
    assert parse_components("newsprobe_dates") == ("newsprobe_dates",)  # full names still work
    assert parse_components(None) == parse_components("all") == DEFAULT_COMPONENTS
    assert parse_components("none") == ()
    with pytest.raises(InputError) as bad:
        parse_components("entities,events2")
    assert bad.value.code.value == "NP109" and ", ".join(short) in bad.value.message


def test_analyze_components_by_short_name() -> None:
    proc = run("analyze", "-", "--components", "entities,dates", stdin=ENGLISH.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["dates"] and doc["quotes"] == []  # dates ran, quotes did not
    _one_error_line(run("analyze", "-", "--components", "entites", stdin=ENGLISH.encode()), "NP109")


def test_coref_gold_ships_with_the_package(tmp_path: Path) -> None:
    import tomllib

    import newsprobe
    from newsprobe.evaluate.coref import GOLD

    assert GOLD.is_file() and GOLD.is_relative_to(Path(newsprobe.__file__).parent)
    pyproject = tomllib.loads((Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = pyproject["tool"]["setuptools"]["package-data"]["newsprobe"]
    assert any(GOLD.relative_to(Path(newsprobe.__file__).parent).match(p) for p in patterns)
    _one_error_line(run("evaluate", "coref", "--gold", str(tmp_path / "none.jsonl")), "NP401")


_NO_TEXTACY = "import sys; sys.modules['textacy'] = None; from newsprobe.cli import main; main()"


def test_polnear_without_textacy_is_a_coded_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsprobe.errors import DatasetError
    from newsprobe.evaluate.polnear import evaluate_polnear

    monkeypatch.setitem(sys.modules, "textacy", None)  # import textacy -> ImportError
    with pytest.raises(DatasetError) as info:
        evaluate_polnear(tmp_path, split="dev")
    assert info.value.code.value == "NP403" and "--no-baseline" in info.value.message
    with pytest.raises(DatasetError) as past:  # --no-baseline gets past the check, to the (absent) data
        evaluate_polnear(tmp_path, split="dev", baseline=False)
    assert past.value.code.value == "NP401"
    proc = subprocess.run([sys.executable, "-c", _NO_TEXTACY, "evaluate", "polnear", "--data", str(tmp_path)],
                          capture_output=True, timeout=300)
    _one_error_line(proc, "NP403")
    proc = subprocess.run(
        [sys.executable, "-c", _NO_TEXTACY, "evaluate", "polnear", "--no-baseline", "--data", str(tmp_path)],
        capture_output=True, timeout=300,
    )
    _one_error_line(proc, "NP401")
