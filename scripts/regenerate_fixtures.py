"""Regenerate every expected output from the fixture stories, and the committed JSON Schema.

    python scripts/regenerate_fixtures.py          # or: make fixtures

Stories: `data/gold/*` (not the .gold.json labels) and `data/samples/*`. Outputs:
`tests/expected/<folder>/<name>.json` (pretty JSON, as `wireclaims extract -o DIR` writes it) and
`schema/article.schema.json`. Files are rewritten only when their content changes, so
`git diff --exit-code` after this script shows stale fixtures.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wireclaims.cli.schema import output_schema
from wireclaims.inputs import iter_inputs
from wireclaims.run.batch import ExtractOptions, run_inputs
from wireclaims.write.files import output_path, to_json, write_atomic

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("data/gold", "data/samples")
EXPECTED = ROOT / "tests" / "expected"
SCHEMA = ROOT / "schema" / "article.schema.json"


def _write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    write_atomic(path, text)
    return True


def main() -> int:
    changed = 0
    wanted: set[Path] = set()
    for source in SOURCES:
        folder = ROOT / source
        items = list(iter_inputs([str(folder)]))
        for item, records in zip(items, run_inputs(items, ExtractOptions()), strict=True):
            for part, record in zip(item.parts(len(records)), records, strict=True):
                # paths relative to the repository: outputs must not depend on where the checkout is
                data = json.loads(to_json(record))
                data["article"]["path"] = f"{source}/{item.id}"
                target = output_path(EXPECTED / Path(source).name, part.relative)
                wanted.add(target)
                changed += _write_if_changed(target, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    for stale in EXPECTED.rglob("*.json"):
        if stale not in wanted:
            stale.unlink()
            changed += 1
    changed += _write_if_changed(SCHEMA, json.dumps(output_schema(), indent=2, sort_keys=True) + "\n")
    print(f"{changed} expected file(s) written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
