"""Inputs named by fsspec URLs (`s3://bucket/wire/`, `gs://...`, `file:///...`): each worker reads its own.

A URL argument is a file or a folder (walked recursively, sorted, hidden names and `.gold.json` left out, as
for local folders); any other argument is a local path (`inputs.iter_inputs`). fsspec comes with
`wireclaims[dask]`; a backend (s3fs, gcsfs) is the user's to install.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO, cast

from wireclaims.errors import TooLarge, UnreadableInput, require_extra
from wireclaims.inputs import InputItem, OnSkip, iter_inputs, output_name


def is_url(path: str) -> bool:
    """Whether a command-line path names an fsspec URL rather than a local file."""
    scheme, sep, _ = path.partition("://")
    return bool(sep) and scheme.replace("+", "").replace("-", "").isalnum() and not Path(path).exists()


def expand_inputs(paths: list[str], skipped: OnSkip | None = None) -> Iterator[InputItem]:
    """`inputs.iter_inputs`, where a URL argument is read through fsspec.

    Raises:
        UnreadableInput: a path or URL that does not exist.
        MissingExtra: a URL is given and fsspec is not installed.
    """
    for raw in paths:
        if is_url(raw):
            yield from _url_inputs(raw)
        else:
            yield from iter_inputs([raw], skipped)


def _url_inputs(url: str) -> Iterator[InputItem]:
    require_extra("fsspec", "dask", "an fsspec URL input")
    import fsspec

    try:
        fs, root = fsspec.core.url_to_fs(url)
        if not fs.isdir(root):
            if not fs.isfile(root):
                raise UnreadableInput(f"no such file or folder: {url}")
            name = PurePosixPath(root).name
            yield UrlItem(url, name, Path(output_name(name)))
            return
        found = sorted(cast(list[str], fs.find(root)))
    except (OSError, ValueError, ImportError) as exc:
        raise UnreadableInput(f"cannot read {url}: {exc}") from exc
    prefix = url.rstrip("/")
    for path in found:
        relative = PurePosixPath(posixpath.relpath(path, root))
        if any(part.startswith(".") for part in relative.parts) or relative.name.endswith(".gold.json"):
            continue
        yield UrlItem(
            f"{prefix}/{relative.as_posix()}",
            relative.as_posix(),
            Path(relative.with_name(output_name(relative.name))),
        )


@dataclass(frozen=True)
class UrlItem(InputItem):
    """An input read through fsspec; `path` is its URL (`InputItem.read` reads it through `open`)."""

    def open(self, max_bytes: int | None = None) -> BinaryIO:
        import fsspec

        try:
            fs, path = fsspec.core.url_to_fs(self.path)
            size = fs.size(path)
            if max_bytes is not None and size is not None and size > max_bytes:
                raise TooLarge(f"{size} bytes is over the limit of {max_bytes} (--max-bytes)")
            return cast(BinaryIO, fs.open(path, "rb"))
        except (OSError, ValueError) as exc:
            raise UnreadableInput(f"cannot read {self.path}: {exc}") from exc
