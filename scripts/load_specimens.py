"""Try every loader on a folder of real-format specimens; one line per file, counts on stderr.

Usage:
    python scripts/load_specimens.py ../shared/reference/wire-formats
    python scripts/load_specimens.py FOLDER --paragraphs     # also print the first paragraph

Each line is tab-separated: `ok  FORMAT  PATH  HEADLINE  (N paragraphs)` or `error  CODE  PATH  MESSAGE`.
Schemas and licence files are tried too: they are expected to fail with a clear error.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from wireclaims.errors import InputError
from wireclaims.loaders import detect_format, load


def main(argv: list[str] | None = None) -> int:
    """Load each file under the folder and print what came out."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="Folder of specimen files, walked recursively.")
    parser.add_argument("--paragraphs", action="store_true", help="Also print the first paragraph.")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"not a folder: {args.folder}")
    counts: Counter[str] = Counter()
    for file in sorted(p for p in args.folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        data = file.read_bytes()
        shown = file.relative_to(args.folder).as_posix()
        try:
            story = load(data, file.name)
        except InputError as exc:
            counts[f"error {exc.code}"] += 1
            print(f"error\t{exc.code}\t{shown}\t{detect_format(data, file.name)}: {exc}")
            continue
        counts[f"ok {story.format}"] += 1
        line = f"ok\t{story.format}\t{shown}\t{story.headline}\t({len(story.paragraphs)} paragraphs)"
        if story.warnings:
            line += f"\twarnings: {'; '.join(story.warnings)}"
        print(line)
        if args.paragraphs:
            dateline = story.dateline.model_dump() if story.dateline else None
            print(f"\t\tdateline={dateline} byline={list(story.byline)}\n\t\t{story.paragraphs[0][:160]}")
    total = sum(counts.values())
    ok = sum(n for key, n in counts.items() if key.startswith("ok"))
    summary = ", ".join(f"{key}: {n}" for key, n in sorted(counts.items()))
    print(f"{total} files: {ok} ok, {total - ok} errors ({summary})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
