"""Try every loader on a folder of real-format specimens; one line per story, counts on stderr.

Usage:
    python scripts/load_specimens.py ../shared/reference/wire-formats
    python scripts/load_specimens.py FOLDER --paragraphs     # also print the first paragraph

Each line is tab-separated: `ok  FORMAT  PATH  HEADLINE  (N paragraphs)` or `error  CODE  PATH  MESSAGE`;
item k of a file that holds several stories is `PATH#k`. Schemas and licence files are tried too: they are
expected to fail with a clear error.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from wireclaims.errors import InputError
from wireclaims.loaders import detect_format, load_all
from wireclaims.story import Story


def main(argv: list[str] | None = None) -> int:
    """Load each file under the folder and print what came out, story by story."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, help="Folder of specimen files, walked recursively.")
    parser.add_argument("--paragraphs", action="store_true", help="Also print the first paragraph.")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        parser.error(f"not a folder: {args.folder}")
    counts: Counter[str] = Counter()
    files = 0
    for file in sorted(p for p in args.folder.rglob("*") if p.is_file() and not p.name.startswith(".")):
        files += 1
        data = file.read_bytes()
        shown = file.relative_to(args.folder).as_posix()
        fmt = detect_format(data, file.name)
        try:
            entries = load_all(data, file.name)
        except InputError as exc:
            counts[f"error {exc.code}"] += 1
            print(f"error\t{exc.code}\t{shown}\t{fmt}: {exc}")
            continue
        for k, entry in enumerate(entries, start=1):
            where = shown if len(entries) == 1 else f"{shown}#{k}"
            if isinstance(entry, InputError):
                counts[f"error {entry.code}"] += 1
                print(f"error\t{entry.code}\t{where}\t{fmt}: {entry}")
                continue
            _show(entry, where, args.paragraphs)
            counts[f"ok {entry.format}"] += 1
    total = sum(counts.values())
    ok = sum(n for key, n in counts.items() if key.startswith("ok"))
    summary = ", ".join(f"{key}: {n}" for key, n in sorted(counts.items()))
    print(f"{files} files, {total} stories: {ok} ok, {total - ok} errors ({summary})", file=sys.stderr)
    return 0


def _show(story: Story, where: str, paragraphs: bool) -> None:
    line = f"ok\t{story.format}\t{where}\t{story.headline}\t({len(story.paragraphs)} paragraphs)"
    if story.warnings:
        line += f"\twarnings: {'; '.join(story.warnings)}"
    print(line)
    if paragraphs:
        dateline = story.dateline.model_dump() if story.dateline else None
        print(f"\t\tdateline={dateline} byline={list(story.byline)}\n\t\t{story.paragraphs[0][:160]}")


if __name__ == "__main__":
    sys.exit(main())
