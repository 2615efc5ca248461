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
