"""`--resume`: whether an input's outputs in `-o DIR` are whole and up to date, so that it can be skipped."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from wireclaims.errors import InputError, Withheld
from wireclaims.inputs import STDIN, InputItem
from wireclaims.loaders import load_all
from wireclaims.models import ArticleResult, ErrorRecord, Provenance
from wireclaims.nlp import Pipeline
from wireclaims.options import ExtractOptions
from wireclaims.run.analyse import provenance
from wireclaims.write.files import output_path


def completed(out_dir: Path, item: InputItem, pipeline: Pipeline, options: ExtractOptions) -> bool:
    """Whether `out_dir` holds a whole result for every story of this input, made from the input's current
    bytes by this pipeline.

    Error records never count, `withheld` excepted: `--resume` retries them (they are cheap, and a crash may
    not recur). A withheld item is what the agency sent; the same bytes will say so again.
    """
    single, first = (output_path(out_dir, part.relative) for part in (item, item.parts(2)[0]))
    if item.path == STDIN or not (single.is_file() or first.is_file()):  # stdin: reading it would consume it
        return False
    try:
        data = item.read(options.max_bytes)
    except InputError:
        return False
    origin = provenance(data, pipeline)
    # These bytes with this pipeline and version always give the same number of stories, and only a
    # single-story input writes a result under the input's own name: it needs no parsing to count them.
    if _current(single, origin):
        return True
    if not _current(first, origin):
        return False
    # Several stories: a killed run may have written only some, and only the input says how many there are.
    try:
        count = len(load_all(data, item.path, options.input_format))
    except InputError:
        return False
    return count > 1 and all(_current(output_path(out_dir, p.relative), origin) for p in item.parts(count))


def _current(output: Path, origin: Provenance) -> bool:
    """Whether `output` holds a whole result, or a `withheld` record, with this provenance."""
    try:
        data = output.read_bytes()
    except OSError:
        return False
    try:
        return ArticleResult.model_validate_json(data).provenance == origin
    except ValidationError:
        pass
    try:
        error = ErrorRecord.model_validate_json(data)
    except ValidationError:
        return False
    return error.error.code == Withheld.code and error.provenance == origin
