"""`-o DIR` output names are unique and stable: a real file never takes an item's name, an over-long name is
shortened, two inputs with one output name are an error, never an overwrite; leftover temporary files of a
killed run go on the next run."""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_run import wireclaims as run_cli

from wireclaims.inputs import InputItem, iter_inputs
from wireclaims.write.files import output_collisions, output_path, remove_leftover_temps, write_atomic

ROOT = Path(__file__).resolve().parent.parent
FEED = ROOT / "tests" / "fixtures" / "formats" / "newsml-g2" / "arklow-cranes.xml"  # two stories
STORY = b'Port fees rise\n\nOSLO, Feb 3 (Reuters) - "We had no choice," harbour master Ines Cole said.\n'
LONG = "a" * 246 + ".txt"  # 250 bytes: `.json` and the temporary name would go over 255


def wireclaims(*args: str) -> subprocess.CompletedProcess[bytes]:
    return run_cli(*args, "--model", "blank:en")


def names(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


@pytest.mark.parametrize(
    "name, output, item_2",
    [
        ("story.txt", "story.txt.json", "story.txt#2.json"),
        ("a#b.txt", "a#b.txt.json", "a#b.txt#2.json"),  # a mark inside the name changes nothing
        ("50%.txt", "50%.txt.json", "50%.txt#2.json"),
        # a name that ends like an item's gets one more mark: never item 2 of `x.json`
        ("x.json#2", "x.json#2#.json", "x.json#2##2.json"),
        ("x#", "x##.json", "x###2.json"),
        ("x##", "x###.json", "x####2.json"),
        ("#1", "#1#.json", "#1##2.json"),
    ],
)
def test_output_name_of_a_real_file_is_never_an_items_name(
    tmp_path: Path, name: str, output: str, item_2: str
) -> None:
    (tmp_path / name).write_bytes(STORY)
    item = next(iter_inputs([str(tmp_path / name)]))
    assert item.id == name  # the record's id is the name, whatever its output is called
    named = [output_path(Path(), part.relative).as_posix() for part in (item, *item.parts(2))]
    assert (named[0], named[2]) == (output, item_2)


@pytest.mark.parametrize(
    "name, shortened",
    [
        ("a" * 215 + ".txt", False),  # 219 bytes: as it is
        ("a" * 216 + ".txt", False),  # 220 bytes: the longest kept whole
        ("a" * 217 + ".txt", True),
        (LONG, True),
        ("\u00e9" * 127, True),  # 254 bytes of two-byte characters: never cut in the middle of one
    ],
)
def test_over_long_names_are_shortened_stably_for_the_input_and_its_items(
    tmp_path: Path, name: str, shortened: bool
) -> None:
    outputs = [output_path(tmp_path, Path(n)) for n in (name, f"{name}#1", f"{name}#123456789012345")]
    single, first, far = outputs
    assert (single.name == f"{name}.json") is not shortened
    base = single.name.removesuffix(".json")
    assert [first.name, far.name] == [f"{base}#1.json", f"{base}#123456789012345.json"]
    assert output_path(tmp_path, Path(name)) == single  # stable
    for path in outputs:
        assert len(os.fsencode(path.name)) <= 241
        assert path.name.encode("utf-8")  # valid UTF-8: no character cut in two
        write_atomic(path, "{}\n")  # with its temporary name, it fits the file system
    if shortened:
        assert base.startswith(name[:90]) and base[-17] == "~"
        assert output_path(tmp_path, Path(name[:-1] + "b")) != single


@pytest.mark.parametrize(
    "relatives, clashes",
    [
        (["a.txt", "b.txt", "sub/a.txt"], [None, None, None]),
        (["story.txt", "story.txt"], [None, "-o would write it to out/story.txt.json, the output of in/0"]),
        (["stdin", "stdin", "stdin"], [None, "the output of in/0", "the output of in/0"]),
        # a real name that ends like an item's is no longer an item's name
        (["x.json", "x.json#2#"], [None, None]),
        # a file and a folder that -o would name alike, either way round
        (["notes", "notes.json/a.txt"], [None, "but out/notes.json is in the way, for in/0"]),
        (["notes.json/a.txt", "notes"], [None, "but out/notes.json is in the way, for in/0"]),
        (["x", "x#2.json/a.txt"], [None, "but out/x#2.json is in the way, for in/0"]),
        (["x#2.json/a.txt", "x"], [None, "but out/x#2.json is in the way, for in/0"]),
    ],
)
def test_output_collisions_leave_out_the_later_input(relatives: list[str], clashes: list[str | None]) -> None:
    items = [InputItem(f"in/{k}", rel, Path(rel)) for k, rel in enumerate(relatives)]
    found = output_collisions(Path("out"), items)
    assert [None if c is None else c.code for c in found] == [
        None if c is None else "output-collision" for c in clashes
    ]
    for clash, expected in zip(found, clashes, strict=True):
        assert expected is None or expected in str(clash)


def test_cli_two_inputs_with_one_output_name_never_overwrite_and_resume_is_stable(tmp_path: Path) -> None:
    for folder, text in (("a", STORY), ("b", STORY.replace(b"OSLO", b"BERGEN"))):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_bytes(text)
    out = tmp_path / "out"
    args = ["extract", str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt"), "-o", str(out)]

    done = wireclaims(*args)

    assert done.returncode == 1
    assert names(out) == ["story.txt.json"]
    written = out / "story.txt.json"
    assert json.loads(written.read_text("utf-8"))["article"]["path"] == str(tmp_path / "a" / "story.txt")
    assert (
        f"output-collision: {tmp_path}/b/story.txt: -o would write it to {out}/story.txt.json, the output of "
        f"{tmp_path}/a/story.txt: it is left out" in done.stderr.decode()
    )
    before = written.stat().st_mtime_ns
    again = wireclaims(*args, "--resume")
    assert again.returncode == 1
    assert ", 1 already done (--resume)" in again.stderr.decode()
    assert "output-collision: " in again.stderr.decode()
    assert written.stat().st_mtime_ns == before


def test_cli_real_files_named_like_items_keep_their_own_outputs(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FEED, folder / "x.xml")
    for name in ("x.xml#1", "x.xml#2", "y.txt"):
        (folder / name).write_bytes(STORY)
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "y.txt#1").write_bytes(STORY)
    out = tmp_path / "out"
    # y.txt#1 first: the stale-output cleanup of y.txt (one story) deleted `y.txt#1.json`
    done = wireclaims("extract", str(tmp_path / "other" / "y.txt#1"), str(folder), "-o", str(out), "--quiet")

    assert done.returncode == 0, done.stderr
    expected = {  # output: the record's id and the input it was read from
        "x.xml#1.json": ("x.xml#1", "x.xml"),
        "x.xml#1#.json": ("x.xml#1", "x.xml#1"),  # the real file `x.xml#1`: the same id, its own output
        "x.xml#2.json": ("x.xml#2", "x.xml"),
        "x.xml#2#.json": ("x.xml#2", "x.xml#2"),
        "y.txt#1#.json": ("y.txt#1", "../other/y.txt#1"),
        "y.txt.json": ("y.txt", "y.txt"),
    }
    assert names(out) == sorted(expected)
    for name, (record_id, source) in expected.items():
        article = json.loads((out / name).read_text("utf-8"))["article"]
        assert (article["id"], article["path"]) == (record_id, os.path.normpath(folder / source))


def test_cli_over_long_file_name_is_written_and_resumed(tmp_path: Path) -> None:
    (tmp_path / LONG).write_bytes(STORY)
    out = tmp_path / "out"
    done = wireclaims("extract", str(tmp_path / LONG), "-o", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    assert names(out) == [output_path(Path(), Path(LONG)).name]
    again = wireclaims("extract", str(tmp_path / LONG), "-o", str(out), "--resume")
    assert ", 1 already done (--resume)" in again.stderr.decode()


def test_leftover_temporary_files_go_unless_a_live_run_holds_them(tmp_path: Path) -> None:
    target = tmp_path / "all.jsonl"
    for name in [
        ".all.jsonl.k1ll3d00.tmp",
        ".all.jsonl.l1v3l1v3.tmp",
        ".all.jsonl.tmp",
        ".b.jsonl.x1y2z3ab.tmp",
    ]:
        (tmp_path / name).write_text('{"schema', "utf-8")
    with (tmp_path / ".all.jsonl.l1v3l1v3.tmp").open("rb") as live:
        fcntl.flock(live, fcntl.LOCK_EX)  # as write_atomic holds it while writing
        assert remove_leftover_temps(target) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".all.jsonl.l1v3l1v3.tmp",
        ".all.jsonl.tmp",  # not the writer's pattern
        ".b.jsonl.x1y2z3ab.tmp",  # another target's
    ]


def test_cli_jsonl_output_removes_the_temporary_file_a_killed_run_left(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_bytes(STORY)
    leftover = tmp_path / ".all.jsonl.k1ll3d00.tmp"
    leftover.write_text('{"schema', "utf-8")
    done = wireclaims("extract", str(tmp_path / "story.txt"), "-o", str(tmp_path / "all.jsonl"), "--quiet")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.jsonl", "story.txt"]


@pytest.mark.parametrize(
    "relative, leftovers",
    [
        ("story.txt", [".story.txt.json.k1ll3d00.tmp", ".story.txt#2.json.k1ll3d00.tmp"]),
        ("x.json#2#", [".x.json#2#.json.k1ll3d00.tmp", ".x.json#2##1.json.k1ll3d00.tmp"]),
        (LONG, ["{short}.json", "{short}#1.json"]),
    ],
)
def test_resume_finds_the_temporary_files_of_escaped_and_shortened_names(
    tmp_path: Path, relative: str, leftovers: list[str]
) -> None:
    from wireclaims.write.files import remove_partial_writes

    output = output_path(tmp_path, Path(relative))
    short = output.name.removesuffix(".json")
    names = [n if n.startswith(".") else f".{n.format(short=short)}.k1ll3d00.tmp" for n in leftovers]
    for name in [*names, ".other.txt.json.k1ll3d00.tmp"]:
        (tmp_path / name).write_text("{", "utf-8")
    assert remove_partial_writes([output]) == 2
    assert [p.name for p in tmp_path.iterdir()] == [".other.txt.json.k1ll3d00.tmp"]
