"""The accuracy gate: score data/gold, compare every figure with the floors in tests/eval_baseline.json.

    python scripts/eval_gate.py                      # CI: fails when a figure drops below its floor
    python scripts/eval_gate.py --update             # re-pin after an improvement
    python scripts/eval_gate.py --update --allow-regression   # lowering a floor needs this flag

The baseline also pins a fingerprint of the gold data and the pipeline: when either changes, the gate
fails until the floors are re-pinned on purpose, so a changed bar is always a visible commit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from wireclaims.eval_runner import EvalOptions, evaluate
from wireclaims.nlp import load_pipeline
from wireclaims.writer import write_atomic

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "data" / "gold"
BASELINE = ROOT / "tests" / "eval_baseline.json"
TOLERANCE = 0.05  # rounding noise only: scores are deterministic


def fingerprint(model: str | None) -> dict[str, str]:
    digest = hashlib.sha256()
    for path in sorted(GOLD.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(GOLD).as_posix().encode())
            digest.update(path.read_bytes())
    return {"gold_sha256": digest.hexdigest(), "pipeline": load_pipeline(model).name}


def figures(model: str | None) -> dict[str, float]:
    report = evaluate(GOLD, EvalOptions(model=model)).total
    out: dict[str, float] = {}
    for mode, metrics in report.scores.items():
        for metric, counts in metrics.items():
            d = counts.as_dict()
            for key in ("precision", "recall", "f1"):
                out[f"{mode}/{metric}/{key}"] = float(d[key])
        out[f"{mode}/speaker accuracy"] = report.speaker_accuracy(mode)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--update", action="store_true", help="re-pin the floors to the current figures")
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --update: allow lowering a floor"
    )
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    current = figures(args.model)
    fp = fingerprint(args.model)
    baseline = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.is_file() else {"floors": {}}
    floors: dict[str, float] = baseline.get("floors", {})
    drops = [
        (k, floors[k], v) for k, v in sorted(current.items()) if k in floors and v < floors[k] - TOLERANCE
    ]
    if args.update:
        if drops and not args.allow_regression:
            for key, floor, value in drops:
                print(f"would lower {key}: {floor} -> {value}", file=sys.stderr)
            print("refusing to lower floors without --allow-regression", file=sys.stderr)
            return 1
        new = {"fingerprint": fp, "floors": current}
        write_atomic(BASELINE, json.dumps(new, indent=2, sort_keys=True) + "\n")
        print(f"pinned {len(current)} floors in {BASELINE.relative_to(ROOT)}", file=sys.stderr)
        return 0
    failed = False
    if baseline.get("fingerprint") != fp:
        print(
            "the gold data or the pipeline changed since the floors were pinned "
            f"({baseline.get('fingerprint')} -> {fp}); "
            "check the figures and re-pin with scripts/eval_gate.py --update",
            file=sys.stderr,
        )
        failed = True
    for key, floor, value in drops:
        print(f"BELOW FLOOR {key}: {value} < {floor}", file=sys.stderr)
        failed = True
    missing = sorted(set(floors) - set(current))
    for key in missing:
        print(f"missing figure {key}", file=sys.stderr)
        failed = True
    if not failed:
        print(f"eval gate: {len(floors)} figures at or above their floors", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
