"""fsspec URL inputs (`wireclaims.run.remote`): walked and read like local files, by whichever process reads
them."""

from __future__ import annotations

from pathlib import Path

import pytest

from wireclaims.errors import TooLarge, UnreadableInput
from wireclaims.inputs import iter_inputs
from wireclaims.run.remote import expand_inputs, is_url

fsspec = pytest.importorskip("fsspec")


@pytest.mark.parametrize(
    "path, url",
    [
        ("s3://bucket/wire/", True),
        ("gs://bucket/story.xml", True),
        ("file:///srv/wire/story.txt", True),
        ("simplecache::s3://bucket/x", False),  # chained URLs are not taken for one
        ("stories/a.txt", False),
        ("/srv/wire/story.txt", False),
        ("-", False),
        ("C:/wire/story.txt", False),
    ],
)
def test_is_url_tells_fsspec_urls_from_local_paths(path: str, url: bool) -> None:
    assert is_url(path) is url


def _folder(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    (root / "b.txt").write_text("Beta\n\nSome text.\n", encoding="utf-8")
    (root / "sub" / "a.txt").write_text("Alpha\n\nMore text.\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("x", encoding="utf-8")
    (root / "c.gold.json").write_text("{}", encoding="utf-8")
    return root


def test_a_folder_url_gives_the_ids_and_bytes_of_the_local_walk(tmp_path: Path) -> None:
    root = _folder(tmp_path / "wire")
    local = list(iter_inputs([str(root)]))
    remote = list(expand_inputs([f"file://{root}/"]))
    assert [i.id for i in remote] == [i.id for i in local] == ["b.txt", "sub/a.txt"]
    assert [i.relative for i in remote] == [i.relative for i in local]
    assert [i.path for i in remote] == [f"file://{root}/b.txt", f"file://{root}/sub/a.txt"]
    assert [i.read(1000) for i in remote] == [i.read(1000) for i in local]


def test_a_file_url_is_one_input_and_keeps_the_limits(tmp_path: Path) -> None:
    root = _folder(tmp_path / "wire")
    (item,) = expand_inputs([f"file://{root}/b.txt"])
    assert (item.id, item.path) == ("b.txt", f"file://{root}/b.txt")
    with pytest.raises(TooLarge):
        item.read(3)
    (root / "b.txt").unlink()
    with pytest.raises(UnreadableInput):
        item.read(1000)


def test_a_missing_url_is_unreadable_input(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInput, match="no such file or folder"):
        list(expand_inputs([f"file://{tmp_path}/none"]))
