"""The accuracy gates: score a gold set, compare every figure with the floors pinned for it.

    python scripts/eval_gate.py                                   # own: the team's stories in data/gold
    python scripts/eval_gate.py --set real --shared ../shared     # real: wikinews-dev and PolNeAR dev
    python scripts/eval_gate.py --update                          # re-pin after an improvement
    python scripts/eval_gate.py --update --allow-regression       # lowering a floor needs this flag

`own` is a regression set (the rules were written on it); `real` is real news nobody on the team wrote,
the figures that matter (`make gate-real`; CI has ../shared, the unit tests do not need it).

Each baseline also pins a fingerprint of its gold data and the pipeline: when either changes, the gate
fails until the floors are re-pinned on purpose, so a changed bar is always a visible commit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from wireclaims.eval.runner import EvalOptions, evaluate
from wireclaims.nlp import load_pipeline
from wireclaims.write.files import write_atomic

ROOT = Path(__file__).resolve().parent.parent
TOLERANCE = 0.05  # rounding noise only: scores are deterministic


@dataclass(frozen=True)
class GoldSet:
    """One gold folder of a gate: its figures are prefixed with `name`."""

    name: str
    folder: str  # under ROOT for `own`, under --shared for `real`
    speech_only: bool = False


# set -> (its gold folders, whether they live under --shared, its baseline file)
SETS: dict[str, tuple[tuple[GoldSet, ...], bool, Path]] = {
    "own": ((GoldSet("", "data/gold"),), False, ROOT / "tests" / "eval_baseline.json"),
    "real": (
        (
            GoldSet("wikinews-dev/", "corpora/wikinews-dev"),
            GoldSet("polnear-dev/", "corpora/polnear/dev", speech_only=True),
        ),
        True,
        ROOT / "tests" / "eval_baseline_real.json",
    ),
}


def fingerprint(folders: list[Path], model: str | None) -> dict[str, str]:
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                digest.update(path.relative_to(folder).as_posix().encode())
                digest.update(path.read_bytes())
    return {"gold_sha256": digest.hexdigest(), "pipeline": load_pipeline(model).name}


def figures(gold: GoldSet, folder: Path, model: str | None) -> dict[str, float]:
    report = evaluate(folder, EvalOptions(model=model, speech_only=gold.speech_only)).total
    out: dict[str, float] = {}
    for mode, metrics in report.scores.items():
        for metric, counts in metrics.items():
            d = counts.as_dict()
            for key in ("precision", "recall", "f1"):
                out[f"{gold.name}{mode}/{metric}/{key}"] = float(d[key])
        out[f"{gold.name}{mode}/speaker accuracy"] = report.speaker_accuracy(mode)
        if report.source_matched[mode]:
            out[f"{gold.name}{mode}/source accuracy"] = report.source_accuracy(mode)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--set", choices=sorted(SETS), default="own", dest="gold_set")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared/ folder")
    parser.add_argument("--update", action="store_true", help="re-pin the floors to the current figures")
    parser.add_argument(
        "--allow-regression", action="store_true", help="with --update: allow lowering a floor"
    )
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    golds, shared, baseline_path = SETS[args.gold_set]
    base = args.shared if shared else ROOT
    folders = [base / gold.folder for gold in golds]
    for folder in folders:
        if not folder.is_dir():
            print(f"eval gate: no gold folder {folder} (--shared names the shared/ folder)", file=sys.stderr)
            return 2
    current: dict[str, float] = {}
    for gold, folder in zip(golds, folders, strict=True):
        current.update(figures(gold, folder, args.model))
    fp = fingerprint(folders, args.model)
    baseline = (
        json.loads(baseline_path.read_text(encoding="utf-8")) if baseline_path.is_file() else {"floors": {}}
    )
    floors: dict[str, float] = baseline.get("floors", {})
    drops = [
        (k, floors[k], v) for k, v in sorted(current.items()) if k in floors and v < floors[k] - TOLERANCE
    ]
    shown = baseline_path.relative_to(ROOT)
    if args.update:
        if drops and not args.allow_regression:
            for key, floor, value in drops:
                print(f"would lower {key}: {floor} -> {value}", file=sys.stderr)
            print("refusing to lower floors without --allow-regression", file=sys.stderr)
            return 1
        new = {"fingerprint": fp, "floors": current}
        write_atomic(baseline_path, json.dumps(new, indent=2, sort_keys=True) + "\n")
        print(f"pinned {len(current)} floors in {shown}", file=sys.stderr)
        return 0
    failed = False
    if baseline.get("fingerprint") != fp:
        print(
            f"the gold data or the pipeline changed since the floors in {shown} were pinned "
            f"({baseline.get('fingerprint')} -> {fp}); "
            f"check the figures and re-pin with scripts/eval_gate.py --set {args.gold_set} --update",
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
        print(f"eval gate ({args.gold_set}): {len(floors)} figures at or above their floors", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
