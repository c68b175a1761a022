"""Walking inputs safely: FIFOs never block, link loops end, each real folder is walked once, skipped entries
are reported, and a file name that is not UTF-8 still gives a record."""

from __future__ import annotations

import errno
import json
import os
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cli_run import wireclaims

from wireclaims.errors import UnreadableInput
from wireclaims.inputs import InputItem, iter_inputs
from wireclaims.models import ArticleResult
from wireclaims.render.records import SourceOptions, iter_records
from wireclaims.run.batch import ExtractOptions, run
from wireclaims.write.files import to_json

ROOT = Path(__file__).resolve().parent.parent
RULES = ExtractOptions(model="blank:en")
STORY = b'Port fees rise\n\nOSLO, Feb 3 (Reuters) - "We had no choice," harbour master Ines Cole said.\n'


@pytest.fixture
def unblock() -> Iterator[list[Path]]:
    """FIFOs appended to the list get a writer that opens and closes them as soon as a reader waits: code
    that wrongly opens a FIFO then reads an empty file instead of blocking the test forever."""
    fifos: list[Path] = []
    stop = threading.Event()

    def writer() -> None:
        while not stop.wait(0.01):
            for fifo in list(fifos):
                try:
                    os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
                except OSError as exc:
                    if exc.errno not in (errno.ENXIO, errno.ENOENT):
                        raise

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    yield fifos
    stop.set()
    thread.join()


def walk(folder: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """The ids a folder gives and the entries skipped with a warning (path relative to the folder, reason)."""
    skipped: list[tuple[str, str]] = []
    ids = [
        item.id
        for item in iter_inputs(
            [str(folder)], skipped=lambda path, why: skipped.append((os.path.relpath(path, folder), why))
        )
    ]
    return ids, skipped


def test_fifo_named_as_input_is_unreadable_without_being_opened(tmp_path: Path, unblock: list[Path]) -> None:
    fifo = tmp_path / "feed.pipe"
    os.mkfifo(fifo)
    unblock.append(fifo)
    item = next(iter_inputs([str(fifo)]))
    with pytest.raises(UnreadableInput, match=r"^cannot read .*feed\.pipe: not a regular file$"):
        item.read(1000)


@pytest.mark.parametrize("kind", ["fifo", "folder"])
def test_file_replaced_after_the_size_check_is_not_read(
    tmp_path: Path, unblock: list[Path], monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """The race: a regular file at stat time, something else at open time. The opened file is checked."""
    target = tmp_path / "story.txt"
    if kind == "fifo":
        os.mkfifo(target)
        unblock.append(target)
    else:
        target.mkdir()
    regular = tmp_path / "regular.txt"
    regular.write_bytes(STORY)
    real_stat = os.stat
    monkeypatch.setattr(
        os, "stat", lambda path, *a, **k: real_stat(regular if str(path) == str(target) else path)
    )
    item = InputItem(str(target), "story.txt", Path("story.txt"))
    with pytest.raises(UnreadableInput, match=r"story\.txt: not a regular file$"):
        item.read(1000)


@pytest.mark.parametrize(
    "layout, ids, skipped",
    [
        ({"story.txt": "file"}, ["story.txt"], []),
        # one `..` link gave the same story 41 times (until ELOOP), and walked everything beside the folder
        ({"story.txt": "file", "up": "->.."}, ["story.txt"], [("up", "the same folder as TMP")]),
        ({"story.txt": "file", "root": "->/"}, ["story.txt"], [("root", "the same folder as /")]),
        ({"story.txt": "file", "here": "->."}, ["story.txt"], [("here", "the same folder as in")]),
        # two `..` links made the walk exponential
        (
            {"story.txt": "file", "a": "->..", "b": "->.."},
            ["story.txt"],
            [("a", "the same folder as TMP"), ("b", "the same folder as TMP")],
        ),
        # two links to one folder: walked once, under the first name in sorted order
        (
            {"sub/s.txt": "file", "x": "->sub", "y": "->sub"},
            ["sub/s.txt"],
            [("x", "the same folder as in/sub"), ("y", "the same folder as in/sub")],
        ),
        # a link to a file is a story under the link's name, as named
        ({"story.txt": "file", "alias.txt": "->story.txt"}, ["alias.txt", "story.txt"], []),
        ({"story.txt": "file", "gone.txt": "->nowhere.txt"}, ["story.txt"], [("gone.txt", "dangling link")]),
        (
            {"story.txt": "file", "loop.txt": "->loop.txt"},
            ["story.txt"],
            [("loop.txt", "Too many levels of symbolic links")],
        ),
        ({"story.txt": "file", "feed.pipe": "fifo"}, ["story.txt"], [("feed.pipe", "not a regular file")]),
        ({"story.txt": "file", "s.sock": "socket"}, ["story.txt"], [("s.sock", "not a regular file")]),
        # negatives: hidden entries and gold files are left out on purpose, without a warning
        (
            {"story.txt": "file", ".hidden.pipe": "fifo", ".x/a.txt": "file", "a.gold.json": "file"},
            ["story.txt"],
            [],
        ),
    ],
    ids=[
        "plain",
        "dotdot-link",
        "link-to-an-ancestor",
        "dot-link",
        "two-dotdot-links",
        "two-links-one-folder",
        "file-link",
        "dangling",
        "link-loop",
        "fifo",
        "socket",
        "hidden-and-gold",
    ],
)
def test_folder_walk_visits_each_real_folder_once_and_reports_what_it_skips(
    tmp_path: Path, layout: dict[str, str], ids: list[str], skipped: list[tuple[str, str]]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    sockets = []
    for name, kind in layout.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if kind == "file":
            path.write_bytes(STORY)
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "socket":
            sockets.append(socket.socket(socket.AF_UNIX))
            sockets[-1].bind(str(path))
        else:
            path.symlink_to(kind.removeprefix("->"))
    (tmp_path / "beside").mkdir()  # a link up must not walk what lies beside the folder
    (tmp_path / "beside" / "other.txt").write_bytes(STORY)
    try:
        found, warned = walk(folder)
    finally:
        for sock in sockets:
            sock.close()
    warned = [
        (path, why.replace(str(tmp_path) + os.sep, "").replace(str(tmp_path), "TMP")) for path, why in warned
    ]
    assert (found, warned) == (ids, skipped)


def test_cli_fifo_argument_is_an_error_record_and_fifo_in_a_folder_a_warning(
    tmp_path: Path, unblock: list[Path]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "story.txt").write_bytes(STORY)
    (folder / "gone.txt").symlink_to("nowhere.txt")
    os.mkfifo(folder / "feed.pipe")
    unblock.append(folder / "feed.pipe")

    done = wireclaims("extract", str(folder / "feed.pipe"), str(folder), "--model", "blank:en")

    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert done.returncode == 1
    assert [(r["article"]["id"], r.get("error")) for r in records] == [
        (
            "feed.pipe",
            {"code": "unreadable", "message": f"cannot read {folder}/feed.pipe: not a regular file"},
        ),
        ("story.txt", None),
    ]
    stderr = done.stderr.decode()
    assert f"warning: skipped {folder}/feed.pipe: not a regular file\n" in stderr
    assert f"warning: skipped {folder}/gone.txt: dangling link\n" in stderr


@pytest.mark.parametrize(
    "name, shown",
    [
        (b"caf\xff.txt", "caf\\xff.txt"),  # not UTF-8: the byte is shown escaped
        (b"caf\xc3\xa9.txt", "caf\u00e9.txt"),  # negative: UTF-8 names are shown as they are
    ],
)
def test_file_name_that_is_not_utf8_gets_a_printable_path_and_is_read_from_its_bytes(
    tmp_path: Path, name: bytes, shown: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / os.fsdecode(name)).write_bytes(STORY)

    item = next(iter_inputs([str(folder)]))
    record = next(run([item], RULES))

    assert isinstance(record, ArticleResult)
    assert (record.article.id, record.article.path) == (shown, f"{folder}/{shown}")
    assert json.loads(to_json(record))["article"]["id"] == shown
    assert record.quotes[0].text == "We had no choice,"


def test_cli_file_argument_that_is_not_utf8_gives_a_record_and_its_output_file(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"r\xe9sum\xe9.txt")
    path.write_bytes(STORY)
    out = tmp_path / "out"

    done = wireclaims("extract", str(path), "--model", "blank:en", "-o", str(out))

    assert done.returncode == 0, done.stderr
    assert [os.fsencode(p.name) for p in out.iterdir()] == [b"r\xe9sum\xe9.txt.json"]
    record = json.loads((out / os.fsdecode(b"r\xe9sum\xe9.txt.json")).read_text(encoding="utf-8"))
    assert (record["article"]["id"], record["article"]["path"]) == (
        "r\\xe9sum\\xe9.txt",
        f"{tmp_path}/r\\xe9sum\\xe9.txt",
    )


@pytest.mark.parametrize(
    "name, kind, expected",
    [
        (b"feed.pipe", "fifo", ("feed.pipe", "unreadable", "not a regular file")),
        (b"caf\xff.txt", "file", ("caf\\xff.txt", None, None)),
        (b"story.txt", "file", ("story.txt", None, None)),  # negative: an ordinary story
    ],
)
def test_show_and_report_read_inputs_as_extract_does(
    tmp_path: Path, unblock: list[Path], name: bytes, kind: str, expected: tuple[str, str | None, str | None]
) -> None:
    path = tmp_path / os.fsdecode(name)
    if kind == "fifo":
        os.mkfifo(path)
        unblock.append(path)
    else:
        path.write_bytes(STORY)

    [record] = iter_records([str(path)], SourceOptions(model="blank:en"))

    error = getattr(record, "error", None)
    assert (record.article.id, error and error.code, error and error.message.rpartition(": ")[2]) == expected
