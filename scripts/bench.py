"""Benchmark: throughput of the bare spaCy pipeline and of full extraction, start-up time, and the CLI at
--jobs 1 and --jobs N: wall time and peak memory on a small and a large folder; then hostile stories.

    python scripts/bench.py                 # 200 stories, then the CLI on 200 and 2,000, then hostile stories
    python scripts/bench.py --stories 2000 --large 0 --model blank:en
    python scripts/bench.py --hostile-only  # only the hostile stories
    python scripts/bench.py --no-hostile    # everything but them
    python scripts/bench.py --cluster local:2 --stories 100 --large 0 --no-hostile  # Dask next to --jobs

Hostile stories (`HOSTILE`): one story each, built at run time, given to `wireclaims extract FILE --jobs 1`
in a new process: its wall time, peak RSS and what the record holds. Extraction must stay near-linear and
memory bounded on them (tests/test_hostile_sizes.py checks the same inputs at small sizes).

The corpus is the team's stories in data/gold and data/samples, replicated with a fixed seed (paragraphs of
each copy shuffled after the lead, so no two copies are byte-identical). Figures go to stdout.

CLI figures: wall time of `wireclaims extract DIR -o OUT` in a new process, start-up included; peak RSS is
that of the largest process (the CLI, or one of its workers), from wait4(2). Flat memory means the figure at
--large stories is the figure at --stories.

`--cluster SPEC` adds `wireclaims extract DIR -o OUT --cluster SPEC` (a Dask LocalCluster for `local:N`, or a
scheduler's address) beside each `--jobs` figure, and the overhead of the scheduler: its wall time minus that
of `--jobs N` with as many workers, start-up of the cluster included (needs `wireclaims[dask]`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = 3
CLI = [sys.executable, "-m", "wireclaims", "extract"]


def corpus(n: int, seed: int) -> list[bytes]:
    sources = sorted(p for folder in ("data/gold", "data/samples") for p in (ROOT / folder).glob("*.txt"))
    rng = random.Random(seed)
    stories: list[bytes] = []
    while len(stories) < n:
        for path in sources:
            if len(stories) >= n:
                break
            head, sep, body = path.read_text(encoding="utf-8-sig").partition("\n\n")
            paras = body.split("\n\n")
            lead, rest = paras[:2], paras[2:]
            rng.shuffle(rest)
            stories.append((head + sep + "\n\n".join(lead + rest)).encode("utf-8"))
    return stories


def write_folder(folder: Path, stories: list[bytes]) -> Path:
    folder.mkdir()
    for i, data in enumerate(stories):
        (folder / f"{i:06d}.txt").write_bytes(data)
    return folder


def timed(cmd: list[str]) -> tuple[float, int]:
    """Wall seconds and peak RSS in KiB of a command (its largest process: itself or a reaped worker)."""
    t0 = time.perf_counter()
    child = subprocess.Popen(cmd, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - t0
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed with exit code {child.returncode}")
    # Linux reports KiB, macOS bytes
    return seconds, usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)


def _many_quotes() -> str:
    # 10,000 quotation marks: 5,000 attributed quotes, one paragraph each
    quotes = [f'"The harbour reopens in week {i}," Ines Cole said.' for i in range(5000)]
    return "Hostile\n\n" + "\n\n".join(quotes)


def _long_story(size: int) -> str:
    """The team's stories' paragraphs, one after another, as one story of about `size` characters."""
    paras = [
        p
        for path in sorted((ROOT / "data" / "gold").glob("*.txt"))
        for p in path.read_text(encoding="utf-8-sig").partition("\n\n")[2].split("\n\n")
        if p.strip()
    ]
    out, total = ["Port story runs long"], 0
    while total < size:
        out.append(paras[len(out) % len(paras)])
        total += len(out[-1]) + 2
    return "\n\n".join(out)


_LINE = "The minister said the port would reopen on Monday, officials told reporters. "
HOSTILE: list[tuple[str, Callable[[], str]]] = [
    ('"a," Bob said. x 50,000 (750 kB, one line)', lambda: "Hostile\n\n" + '"a," Bob said. ' * 50_000),
    ("10,000 quotation marks (5,000 quotes)", _many_quotes),
    ('1,000,000 " characters', lambda: "Hostile\n\n" + '"' * 1_000_000),
    ("one 2 MB line", lambda: "Hostile\n\n" + (_LINE * (2_000_000 // len(_LINE) + 1))[:2_000_000]),
    ("100,000 one-word paragraphs", lambda: "Hostile\n\n" + "\n\n".join(["word"] * 100_000)),
    ("a 4 MB story", lambda: _long_story(4_000_000)),
]


def hostile(tmp: Path, model: list[str]) -> list[tuple[str, float, int, str]]:
    """Each hostile story through the CLI: (name, seconds, peak RSS in KiB, what the record holds)."""
    rows: list[tuple[str, float, int, str]] = []
    for n, (name, build) in enumerate(HOSTILE):
        story = tmp / f"hostile-{n}.txt"
        story.write_text(build(), encoding="utf-8")
        out = tmp / f"hostile-{n}.jsonl"
        cmd = [*CLI, str(story), "-o", str(out), "--quiet", "--jobs", "1", "--timeout", "0", *model]
        seconds, rss = timed(cmd)
        record = json.loads(out.read_text(encoding="utf-8"))
        if "error" in record:
            held = f"error {record['error']['code']}"
        else:
            held = f"{len(record['quotes']):,} quotes, {len(record['claims']):,} claims"
        rows.append((name, seconds, rss, held))
        story.unlink()
        out.unlink()
    return rows


def main() -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--stories", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--large", type=int, default=2000, help="second folder size for the CLI; 0 skips it")
    parser.add_argument("--jobs", type=int, default=2, help="workers for the parallel CLI figures")
    parser.add_argument("--no-hostile", action="store_true", help="skip the hostile stories")
    parser.add_argument("--hostile-only", action="store_true", help="only the hostile stories")
    parser.add_argument("--cluster", default=None, help="also run on Dask: local:N or tcp://HOST:8786")
    args = parser.parse_args()
    model = ["--model", args.model] if args.model else []
    if args.hostile_only:
        with tempfile.TemporaryDirectory() as tmp:
            _print_hostile(hostile(Path(tmp), model))
        return 0

    from wireclaims.inputs import iter_inputs
    from wireclaims.loaders import load
    from wireclaims.nlp import load_pipeline
    from wireclaims.run.batch import ExtractOptions, run
    from wireclaims.write.files import to_json

    stories = corpus(args.stories, args.seed)
    t0 = time.perf_counter()
    pipeline = load_pipeline(args.model)
    load_seconds = time.perf_counter() - t0
    texts = [load(s).text for s in stories]
    words = sum(len(t.split()) for t in texts)

    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(Path(tmp) / "small", stories)
        items = list(iter_inputs([str(folder)]))
        # Bare parse and full extraction in one process, alternated over ROUNDS rounds, best of each: on a
        # shared machine one run of either can be 30% off.
        bare = full = float("inf")
        for _ in range(ROUNDS):
            t0 = time.perf_counter()
            for _doc in pipeline.nlp.pipe(texts, batch_size=16):
                pass
            bare = min(bare, time.perf_counter() - t0)
            t0 = time.perf_counter()
            for record in run(items, ExtractOptions(model=args.model, jobs=1)):
                to_json(record)
            full = min(full, time.perf_counter() - t0)

        startup, _ = timed([*CLI, str(folder / "000000.txt"), "--quiet", *model])
        cli: list[tuple[int, str, float, int]] = []
        folders = [(len(stories), folder)]
        if args.large:
            folders.append((args.large, write_folder(Path(tmp) / "large", corpus(args.large, args.seed))))
        for n, where in folders:
            runs = [(f"jobs {jobs}", ["--jobs", str(jobs)]) for jobs in sorted({1, args.jobs})]
            if args.cluster:
                runs.append((f"cluster {args.cluster}", ["--cluster", args.cluster]))
            for k, (name, how) in enumerate(runs):
                out = Path(tmp) / f"out-{n}-{k}"
                seconds, rss = timed([*CLI, str(where), "-o", str(out), "--quiet", *how, *model])
                cli.append((n, name, seconds, rss))
        rows = [] if args.no_hostile else hostile(Path(tmp), model)

    print(f"pipeline            {pipeline.name} ({', '.join(pipeline.components)})")
    print(f"corpus              {len(stories)} stories, {words} words (seed {args.seed})")
    print(f"pipeline load       {load_seconds:.2f} s")
    print(f"bare nlp.pipe       {words / bare:,.0f} words/s  {len(stories) / bare:,.1f} stories/s")
    print(f"full extraction     {words / full:,.0f} words/s  {len(stories) / full:,.1f} stories/s")
    print(f"full / bare         {bare / full:.2f}x")
    print(f"start-up to output  {startup:.2f} s (one story, new process)")
    print("CLI                 stories  run                 seconds  stories/s  peak RSS (largest process)")
    for n, name, seconds, rss in cli:
        print(f"{'':20}{n:7,}  {name:18}  {seconds:7.1f}  {n / seconds:9.1f}  {rss / 1024:,.0f} MB")
    if args.cluster:
        _print_overhead(cli, f"jobs {args.jobs}", f"cluster {args.cluster}")
    if rows:
        _print_hostile(rows)
    return 0


def _print_overhead(cli: list[tuple[int, str, float, int]], jobs: str, cluster: str) -> None:
    """The scheduler's cost: the cluster's wall time minus that of the same number of --jobs workers."""
    times = {(n, name): seconds for n, name, seconds, _ in cli}
    for n in sorted({n for n, _, _, _ in cli}):
        extra = times[n, cluster] - times[n, jobs]
        print(f"scheduler overhead  {n:7,} stories: {extra:+.1f} s ({extra / n * 1000:+.1f} ms a story)")


def _print_hostile(rows: list[tuple[str, float, int, str]]) -> None:
    print("hostile story (CLI, --jobs 1)                  seconds  peak RSS  record")
    for name, seconds, rss, held in rows:
        print(f"{name:46} {seconds:8.1f}  {rss / 1024:5,.0f} MB  {held}")


if __name__ == "__main__":
    sys.exit(main())
