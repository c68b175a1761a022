"""The hostile folder: every input that once lost the batch, hung the run or grew without bound, side by side
with good stories. Each regular file gives exactly one record, what cannot be read is said on stderr, the
exit code is 1, stdout is valid JSON Lines and no traceback is printed, with and without worker processes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from cli_run import jobs_1_and_2

ROOT = Path(__file__).resolve().parent.parent
STORY = 'Tolls to rise\n\nOSLO (Reuters) - "We will open the port," Ines Cole said on Monday.\n'
NITF = (
    '<?xml version="1.0"?><nitf><head><title>Tolls</title></head><body><body.head><hedline><hl1>Tolls'
    "</hl1></hedline></body.head><body.content><p>{body}</p></body.content></body></nitf>"
)


def _ninjs(**fields: object) -> str:
    item = {
        "uri": "urn:x",
        "type": "text",
        "headline": "Tolls",
        "body_text": "Cole said the port would open.",
    }
    item.update(fields)
    return json.dumps(item)


# name -> bytes; every one of them must give exactly one record
REGULAR: dict[bytes, bytes] = {
    b"good.txt": STORY.encode(),
    b"empty.txt": b"",
    b"blank.txt": b" \n\t\n",
    b"binary.bin": bytes(range(256)) * 8,
    b"latin1.txt": STORY.replace("Cole", "C\xf4le").encode("latin-1"),
    b"deep.json": b"[" * 3000 + b"]" * 3000,
    b"deep-object.json": b'{"a":' * 3000 + b"1" + b"}" * 3000,
    b"long-version.json": _ninjs().replace('"uri"', '"version": ' + "9" * 5000 + ', "uri"', 1).encode(),
    b"surrogate-body.json": _ninjs().replace("Cole said", "Cole said \\ud800", 1).encode(),
    b"surrogate-headline.json": _ninjs().replace('"Tolls"', '"Tolls \\udfff"', 1).encode(),
    b"surrogate-byline.json": _ninjs().replace('"uri"', '"byline": "By \\ud800 Cole", "uri"', 1).encode(),
    b"surrogate.nitf.xml": NITF.format(body="Cole said &#xD800; so.").encode(),
    b"qname.xml": b"<a:b:nitf><body>Cole said so.</body></a:b:nitf>",
    b"deep.xml": b"<nitf>" + b"<p>" * 5000 + b"x" + b"</p>" * 5000 + b"</nitf>",
    b"entities.xml": b'<?xml version="1.0"?><!DOCTYPE n [<!ENTITY a "aaaa">]><nitf>&a;</nitf>',
    b"page.html": b"<html><head><title>Tolls</title></head><body><article><p>"
    + STORY.encode()
    + b"</p></article></body></html>",
    b"nitf.xml": NITF.format(body="&#8220;We will open,&#8221; Ines Cole said.").encode(),
    b"caf\xff.txt": STORY.encode(),
    b"x.json#2": STORY.encode(),
    b"[bold]markup [link=x].txt": STORY.encode(),
    b"\x1b[2Jescape.txt": STORY.encode(),
    b"many-quotes.txt": b'"a," Bob said. ' * 3000,
    b"only-quotes.txt": b'"' * 50_000,
    b"many-paragraphs.txt": b"word\n\n" * 20_000,
    b"one-long-line.txt": b"Cole said the port would open and " * 36_000,  # 1.2 MB: over spaCy's max_length
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    for name, data in REGULAR.items():
        (folder / os.fsdecode(name)).write_bytes(data)  # a name that is not UTF-8 keeps its bytes
    os.mkfifo(folder / "a-fifo")
    (folder / "dangling").symlink_to(folder / "nowhere")
    (folder / "up").symlink_to("..")
    (folder / "loop").symlink_to(".")
    return folder


@pytest.fixture(scope="module")
def runs(hostile: Path) -> dict[str, subprocess.CompletedProcess[bytes]]:
    """The folder extracted once per way: a real process with two workers, and meanwhile in-process
    without workers."""
    one, two = jobs_1_and_2("extract", str(hostile), "--model", "blank:en")
    return {"1": one, "2": two}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_the_hostile_folder_gives_one_record_per_file_exit_1_and_no_traceback(
    hostile: Path, runs: dict[str, subprocess.CompletedProcess[bytes]], jobs: str
) -> None:
    done = runs[jobs]
    stderr = done.stderr.decode(errors="replace")
    assert done.returncode == 1, stderr
    assert "Traceback" not in stderr
    assert "\x1b[2J" not in stderr
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    ids = [r["article"]["id"] for r in records]
    assert len(ids) == len(REGULAR), ids
    assert sorted(ids) == ids
    assert {"good.txt", "page.html", "nitf.xml", "caf\\xff.txt"} <= set(ids)
    by_id = {r["article"]["id"]: r for r in records}
    assert "error" not in by_id["good.txt"] and by_id["good.txt"]["quotes"]
    assert "error" not in by_id["page.html"], by_id["page.html"]
    assert by_id["deep.json"]["error"]["code"] == "parse-error"
    assert by_id["qname.xml"]["error"]["code"] == "parse-error"
    assert not any(
        r.get("error", {}).get("code") in {"internal-error", "crashed", "timeout"} for r in records
    )
    for skipped in ("a-fifo", "dangling", "up", "loop"):
        assert f"skipped {hostile / skipped}" in stderr, stderr


def test_the_hostile_folder_gives_byte_identical_records_with_and_without_workers(
    runs: dict[str, subprocess.CompletedProcess[bytes]],
) -> None:
    assert runs["1"].stdout == runs["2"].stdout
