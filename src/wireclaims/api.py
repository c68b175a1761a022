"""The Python API: a story from a string, a batch of files, a loaded story; every function returns the models
of `wireclaims.models` and prints nothing. Re-exported by `wireclaims`:

    import wireclaims

    record = wireclaims.extract_text(body, headline="...")
    for record in wireclaims.extract_files(["stories/"], jobs=4): ...
    story = wireclaims.load("story.xml")

spaCy is imported when a function first needs it, not when `wireclaims` is.
"""

from __future__ import annotations

import os
from collections.abc import Generator, Iterable
from dataclasses import replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from wireclaims.errors import StoryTimeout
from wireclaims.inputs import DEFAULT_MAX_BYTES, InputItem, OnSkip, iter_inputs, printable
from wireclaims.models import ArticleResult, Record
from wireclaims.options import ExtractOptions
from wireclaims.story import Story

if TYPE_CHECKING:
    from spacy.language import Language

    from wireclaims.nlp import Pipeline

# The id and path a record made from a string gets (a file's record has the file's).
TEXT_ID = "text"
TEXT_PATH = "<text>"

StrPath = str | os.PathLike[str]


def load(
    source: StrPath | bytes, *, input_format: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Story:
    """Read one story with the loaders: a file's path, or an input's bytes (format detected from the content).

    A feed file holding several stories gives its first; `extract_files` gives a record for each.

    Args:
        source: a path (str or `os.PathLike`), or the bytes of an input.
        input_format: a format to force instead of detecting it (`wireclaims.loaders.LOADERS`).
        max_bytes: a larger file is refused (`TooLarge`).

    Raises:
        InputError: a subclass naming the problem: `UnreadableInput`, `TooLarge`, `NotAStory`,
            `ParseError`, `EncodingProblem`, `Withheld`, `UnknownFormat`.
    """
    from wireclaims.loaders import load as load_story

    if isinstance(source, bytes):
        return load_story(source, "", input_format)
    path = printable(os.fspath(source))
    item = InputItem(path, path, Path(PurePath(path).name), source=os.fspath(source))
    return load_story(item.read(max_bytes), path, input_format)


def extract_text(
    text: str,
    *,
    headline: str | None = None,
    nlp: str | Language | None = None,
    options: ExtractOptions | None = None,
) -> ArticleResult:
    """Extract speakers, quotes and claims from one story's body, given as a string.

    Paragraphs are separated by blank lines. Every offset of the record indexes `record.article.text`: the
    paragraphs joined by one blank line, which is `text` itself when it is written that way. The text is
    taken as the body: no dateline, byline or trailer is looked for (`load` reads a whole wire story).

    Args:
        text: the story's body.
        headline: the headline, when there is one: its attributed claims go in `record.headline_claims`.
        nlp: a spaCy pipeline: a loaded `Language` (used as it is), or a name or path to load (once per
            process, with wireclaims' steps added). Default: `options.model`, else the shipped pipeline.
        options: `options.model` when `nlp` is not given; `options.timeout` limits the analysis.

    Returns:
        The record of the story: a `wireclaims.models.ArticleResult`.

    Raises:
        ModelError: the pipeline cannot be loaded.
        MissingAnnotation: `nlp` sets no sentence boundaries.
        StoryTimeout: the analysis took longer than `options.timeout`.
    """
    from wireclaims.component import paragraphs_of
    from wireclaims.loaders.language import with_language
    from wireclaims.story import without_surrogates

    story = Story(headline=headline, paragraphs=tuple(p for _, p in paragraphs_of(text)), format="text")
    return extract_story(without_surrogates(with_language(story)), nlp=nlp, options=options)


def extract_story(
    story: Story,
    *,
    nlp: str | Language | None = None,
    options: ExtractOptions | None = None,
    id: str = TEXT_ID,
    path: str = TEXT_PATH,
) -> ArticleResult:
    """Extract from a story `load` read (or one built by hand); the arguments are those of `extract_text`.

    Args:
        id: the record's `article.id`.
        path: the record's `article.path`.

    Raises:
        ModelError: the pipeline cannot be loaded.
        MissingAnnotation: `nlp` sets no sentence boundaries.
        StoryTimeout: the analysis took longer than `options.timeout`.
    """
    from wireclaims.component import check_sentences
    from wireclaims.nlp import parse_all
    from wireclaims.run.analyse import analyse_doc
    from wireclaims.run.guard import Expired, deadline

    pipeline = _pipeline(nlp, options)
    timeout = options.timeout if options is not None else None
    try:
        with deadline(timeout):
            doc = next(iter(parse_all(pipeline, [story.text])))
            check_sentences(doc)
            return analyse_doc(story, InputItem(path, id, Path(id)), pipeline, doc)
    except Expired as exc:
        raise StoryTimeout(f"analysing the story took over {timeout:g} s (options.timeout)") from exc


def extract_files(
    paths: StrPath | Iterable[StrPath],
    *,
    jobs: int | None = None,
    model: str | None = None,
    options: ExtractOptions | None = None,
    skipped: OnSkip | None = None,
) -> Generator[Record, None, None]:
    """What `wireclaims extract` does, as a stream of records: one per story, in input order (folders are
    walked recursively in sorted order; a feed file gives one record per story).

    An input that cannot be read or analysed gives an `ErrorRecord`, as in the CLI; the stream goes on.
    Close the iterator when stopping early (`with contextlib.closing(...)`), so that workers stop too.

    Args:
        paths: files and folders.
        jobs: worker processes; 1 (the default, unless `options` says otherwise) analyses in this process.
        model: spaCy pipeline name or path; `blank:en` for rules only. Default: the shipped one.
        options: every other setting (`ExtractOptions`); `jobs` and `model`, when given, override its own.
        skipped: called with the path and the reason of each folder entry left out (links, special files).

    Raises:
        UnreadableInput: a path that does not exist, or a folder that cannot be listed.
        ModelError: the pipeline cannot be loaded.
        WorkerFailed: worker processes cannot start (`jobs` > 1).
    """
    from wireclaims.run.batch import run

    chosen = options or ExtractOptions()
    chosen = replace(
        chosen,
        jobs=jobs if jobs is not None else chosen.jobs,
        model=model if model is not None else chosen.model,
    )
    given = [paths] if isinstance(paths, str | os.PathLike) else list(paths)
    items = list(iter_inputs([os.fspath(p) for p in given], skipped))
    return run(items, chosen)


def _pipeline(nlp: str | Language | None, options: ExtractOptions | None) -> Pipeline:
    from wireclaims.nlp import load_pipeline, pipeline_of

    if nlp is None or isinstance(nlp, str):
        return load_pipeline(nlp if nlp is not None else options.model if options is not None else None)
    return pipeline_of(nlp)
