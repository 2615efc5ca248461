"""Web load test: latency of an article page and the stories page over a store of 2,000 articles.

Builds a store of synthetic analyses (fictional reports generated here, findings placed by hand,
no pipeline run and nothing copied from any dataset: 400 events x 5 outlets), starts the real
server (``newsprobe serve`` in a subprocess, worker processes included), warms it up (the first
stories request reads the stored stories -- placed into stories when the store is built, as
``newsprobe ingest`` does -- and renders the page; its time is reported as ``cold``), then sends
``--requests`` GETs with ``--concurrency`` in flight to each target:

- ``article``: ``/articles/{id}``, cycling over every stored article;
- ``stories``: ``/stories`` (first page, 50 stories).

    python bench/web_load.py [--articles 2000] [--requests 1000] [--concurrency 20] [--json FILE]

Prints p50/p95/p99/max in milliseconds, errors (any non-200 or failed request), requests/s, the
CPU time per request of the server process and of this load generator, and the load average.
The load generator runs on the same machine as the server: on a small machine the figures include
its own CPU use, and anything else running there.

Rendered article and stories pages are cached per store generation (every write starts a new one),
so ``stories`` measures the cached page and ``article`` mostly first renders (2,000 different ids).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from newsprobe.model import (  # noqa: E402 - after the path
    Analysis,
    Article,
    ClaimSource,
    Entity,
    Mention,
    Quantity,
    Quote,
    SpeakerRef,
    TechniqueSpan,
    TermHit,
    article_id,
)
from newsprobe.store import Store  # noqa: E402
from newsprobe.story_store import update_stories  # noqa: E402

OUTLETS = ["Wexmoor Post", "Dunmore Daily", "Harbour Herald", "Valley Courier", "Northgate News",
           "Kelvora Times", "Ostrik Observer", "Seravo Signal"]  # fmt: skip
TOWNS = ["Tarnow", "Velmora", "Ostrik", "Brannock", "Quillan", "Seravo", "Dunmere", "Kelvora", "Marosa", "Wexmoor"]
FIRST = ["Alva", "Ilse", "Tomas", "Rena", "Jorik", "Mira", "Oskar", "Petra", "Anton", "Lene", "Caro", "Edvin"]
LAST = ["Brandt", "Marr", "Quell", "Varga", "Holm", "Serin", "Dovik", "Lund", "Ferro", "Kask", "Orell", "Tamm"]
SUBJECTS = ["bridge", "ferry line", "school", "hospital wing", "library", "tram depot", "dam", "market hall",
            "sea wall", "power plant", "water works", "stadium", "rail tunnel", "harbour crane"]  # fmt: skip
VERBS = ["reopened", "closed", "was damaged", "was flooded", "was sold", "was inspected", "was evacuated"]
FILLER = [
    "Residents said they had waited a long time for news.",
    "The regional office gave no further details on Tuesday.",
    "Local shops expect more visitors over the coming weeks.",
    "An inquiry into the costs is due to report next spring.",
    "Opposition members asked for the full budget to be published.",
    "The weather service expects calmer conditions later in the week.",
]
TECHNIQUES = ["Loaded_Language", "Name_Calling,Labeling", "Exaggeration,Minimisation", "Doubt", "Flag-Waving"]


def _mention(text: str, part: str) -> Mention:
    start = text.index(part)
    return Mention(start=start, end=start + len(part), text=part)


def synthetic(event: int, outlet: str, rng: random.Random) -> Analysis:
    """One fictional report on ``event`` by ``outlet``, with entities, a quote, a figure, terms, techniques."""
    e = random.Random(event)  # what every outlet agrees on
    town, subject, verb = e.choice(TOWNS), e.choice(SUBJECTS), e.choice(VERBS)
    person = f"{e.choice(FIRST)} {e.choice(LAST)}"
    day = f"2025-{1 + event % 12:02d}-{1 + (event * 7) % 27:02d}"
    count = e.randint(20, 900) + rng.randint(-15, 15)
    quote = f"We owe the people of {town} a clear answer about the {subject}"
    text = (
        f"The {subject} in {town} {verb} on Monday, officials said, in event {event} of the season. "
        f'"{quote}," said councillor {person}. About {count} people were affected, according to the council. '
        f"Critics called the handling of the {subject} a disaster. " + " ".join(rng.sample(FILLER, 3))
        + f" Reported by {outlet} in {town}."
    )
    speaker = _mention(text, person)
    quoted = _mention(text, quote)
    figure = _mention(text, f"About {count}")
    disaster = _mention(text, "a disaster")
    technique = rng.choice(TECHNIQUES)
    return Analysis(
        article=Article(id=article_id(text), text=text, title=f"{subject.capitalize()} in {town} {verb}",
                        outlet=outlet, published=day, author=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                        source=f"https://{outlet.lower().replace(' ', '')}.example.org/{event}"),
        entities=[Entity(id="E0", name=person, label="PERSON", mentions=[speaker]),
                  Entity(id="E1", name=town, label="GPE", mentions=[_mention(text, town)])],
        quotes=[Quote(kind="direct", content=quoted, cue=_mention(text, "said councillor").model_copy(
                    update={"end": text.index("said councillor") + 4, "text": "said"}),
                    speaker=SpeakerRef(entity_id="E0", name=person, mention=speaker))],
        quantities=[Quantity(**figure.model_dump(), value=float(count), comparator="approx",
                             claim_source=ClaimSource(entity_id=None, name="the council"))],
        techniques=[TechniqueSpan(**disaster.model_dump(), technique=technique, score=round(rng.random(), 3))],
        terms=[TermHit(**_mention(text, "disaster").model_dump(), term="disaster", category="alarm",
                       neutral="setback")],
    )  # fmt: skip


def build_store(path: Path, n_articles: int) -> None:
    rng = random.Random(13)
    analyses = []
    per_event = 5
    for event in range(n_articles // per_event):
        for outlet in rng.sample(OUTLETS, per_event):
            analyses.append(synthetic(event, outlet, rng))
    with Store(path) as store:
        for start in range(0, len(analyses), 500):
            store.add_many(analyses[start : start + 500])
        update_stories(store)  # as `newsprobe ingest` does


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (Linux ``/proc``), 0.0 elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    code = "import sys; from newsprobe.cli import main; sys.argv = ['newsprobe'] + sys.argv[1:]; main()"
    cmd = [sys.executable, "-c", code, "serve", "--db", str(db), "--port", str(port)]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


async def load(base: str, paths: list[str], requests: int, concurrency: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors = 0
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(requests):
        queue.put_nowait(paths[i % len(paths)])
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def worker() -> None:
            nonlocal errors
            while not queue.empty():
                path = queue.get_nowait()
                start = time.perf_counter()
                try:
                    r = await client.get(path)
                    ok = r.status_code == 200 and len(r.content) > 0
                except httpx.HTTPError:
                    ok = False
                latencies.append((time.perf_counter() - start) * 1000)
                errors += 0 if ok else 1

        start, cpu = time.perf_counter(), time.process_time()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall, client_cpu = time.perf_counter() - start, time.process_time() - cpu
    ordered = sorted(latencies)

    def pct(p: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(p * len(ordered)))], 1)

    return {"requests": len(latencies), "errors": errors, "p50_ms": pct(0.50), "p95_ms": pct(0.95),
            "p99_ms": pct(0.99), "max_ms": round(ordered[-1], 1), "mean_ms": round(statistics.mean(ordered), 1),
            "per_s": round(len(latencies) / wall, 1),
            "client_cpu_ms_per_request": round(client_cpu * 1000 / len(latencies), 2)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.duckdb"
        t = time.perf_counter()
        build_store(db, args.articles)
        print(f"store: {args.articles} synthetic articles in {time.perf_counter() - t:.1f} s", flush=True)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port)
        try:
            deadline = time.monotonic() + 120
            while True:
                try:
                    if httpx.get(f"{base}/index.json", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.3)
            time.sleep(15)  # the analysis workers load their pipelines at start: let them settle
            t = time.perf_counter()
            assert httpx.get(f"{base}/stories", timeout=600).status_code == 200
            cold = time.perf_counter() - t
            print(f"cold stories page (reads the stored stories, renders once): {cold:.2f} s", flush=True)
            listing = httpx.get(f"{base}/articles.json", params={"limit": 500}, timeout=60).json()
            ids = [a["id"] for a in listing["articles"]]
            for offset in range(500, args.articles, 500):
                more = httpx.get(f"{base}/articles.json", params={"limit": 500, "offset": offset}, timeout=60)
                ids += [a["id"] for a in more.json()["articles"]]
            results: dict[str, Any] = {"articles": args.articles, "cold_stories_s": round(cold, 2),
                                       "cpus": os.cpu_count(), "load_average_before": os.getloadavg()[0]}  # fmt: skip
            for name, paths in (("article", [f"/articles/{i}" for i in ids]), ("stories", ["/stories"])):
                asyncio.run(load(base, paths[:20], 40, args.concurrency))  # warm connections and caches
                cpu = cpu_seconds(server.pid)
                results[name] = asyncio.run(load(base, paths, args.requests, args.concurrency))
                results[name]["server_cpu_ms_per_request"] = round(
                    (cpu_seconds(server.pid) - cpu) * 1000 / args.requests, 2
                )
                print(f"{name:8} {json.dumps(results[name])}", flush=True)
            results["load_average_after"] = os.getloadavg()[0]
            print(f"load average (1 min) before/after: {results['load_average_before']:.1f} / "
                  f"{results['load_average_after']:.1f} on {os.cpu_count()} CPUs", flush=True)
        finally:
            server.terminate()
            server.wait(30)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
