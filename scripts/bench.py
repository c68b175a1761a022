"""Benchmark: throughput of the bare spaCy pipeline and of full extraction, start-up time, peak memory.

    python scripts/bench.py                 # 200 stories built from the project's own fixtures
    python scripts/bench.py --stories 2000 --model blank:en

The corpus is the team's stories in data/gold and data/samples, replicated with a fixed seed (paragraphs of
each copy shuffled after the lead, so no two copies are byte-identical). Figures go to stdout.
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


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


def main() -> int:
    formatter = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=formatter)
    parser.add_argument("--stories", type=int, default=200)
    parser.add_argument("--model", default=None)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    from wireclaims.inputs import iter_inputs
    from wireclaims.loaders import load
    from wireclaims.nlp import load_pipeline
    from wireclaims.pipeline import ExtractOptions, run
    from wireclaims.writer import to_json

    stories = corpus(args.stories, args.seed)
    t0 = time.perf_counter()
    pipeline = load_pipeline(args.model)
    load_seconds = time.perf_counter() - t0
    texts = [load(s).text for s in stories]
    words = sum(len(t.split()) for t in texts)

    t0 = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts, batch_size=16):
        pass
    bare = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for i, data in enumerate(stories):
            (folder / f"{i:06d}.txt").write_bytes(data)
        items = list(iter_inputs([str(folder)]))
        t0 = time.perf_counter()
        size = 0
        for record in run(items, ExtractOptions(model=args.model)):
            size += len(to_json(record))
        full = time.perf_counter() - t0

        cmd = [sys.executable, "-m", "wireclaims", "extract", str(folder / "000000.txt"), "--quiet"]
        if args.model:
            cmd += ["--model", args.model]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        startup = time.perf_counter() - t0
        rss_before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        cmd[4] = str(folder)
        subprocess.run(cmd, check=False, capture_output=True)
        rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss

    print(f"pipeline            {pipeline.name} ({', '.join(pipeline.components)})")
    print(f"corpus              {len(stories)} stories, {words} words (seed {args.seed})")
    print(f"pipeline load       {load_seconds:.2f} s")
    print(f"bare nlp.pipe       {words / bare:,.0f} words/s  {len(stories) / bare:,.1f} stories/s")
    print(f"full extraction     {words / full:,.0f} words/s  {len(stories) / full:,.1f} stories/s")
    print(f"full / bare         {bare / full:.2f}x")
    print(f"start-up to output  {startup:.2f} s (one story, new process)")
    print(f"peak RSS            {max(rss, rss_before) / 1024:,.0f} MB ({len(stories)} stories, one process)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
