"""Loading the spaCy pipeline: lazily, once per process, with rule fallbacks for missing components."""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wireclaims.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_wire_sm"


@dataclass(frozen=True)
class Pipeline:
    """A loaded pipeline and what it can do.

    Attributes:
        name: pipeline name and version, e.g. 'en_wire_sm-0.1.0'.
        has_parser: dependency parse available (else sentences and speakers come from rules).
        has_ner: statistical entities available (else only the entity ruler marks names).
        has_lemmas: lemmas available (else cue lemmas come from the lexicon's inflection rules).
        warnings: one line per missing component, to show once.
    """

    nlp: Language
    name: str
    components: tuple[str, ...]
    has_parser: bool
    has_ner: bool
    has_lemmas: bool
    warnings: tuple[str, ...]
    accuracy: dict[str, Any]


def default_model_path() -> Path:
    """Where the shipped pipeline lives inside the installed package."""
    return Path(str(resources.files("wireclaims") / "pipelines" / DEFAULT_MODEL))


def describe_default() -> dict[str, Any]:
    """The shipped pipeline's meta.json (name, version, accuracy) without loading spaCy; {} if absent."""
    meta = default_model_path() / "meta.json"
    if not meta.is_file():
        return {}
    data: dict[str, Any] = json.loads(meta.read_text(encoding="utf-8"))
    return data


@functools.lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Pipeline:
    """Load a spaCy pipeline by name or path (default: the shipped one), once per process.

    Raises:
        ModelError: the name is neither an installed package nor a pipeline folder.
    """
    import spacy

    # importing the steps registers the factories the shipped config.cfg names
    from wireclaims.steps import PARAGRAPHS_NAME

    warnings: list[str] = []
    if model is None or model == DEFAULT_MODEL:
        path = default_model_path()
        if (path / "meta.json").is_file():
            nlp = spacy.load(path)
        else:
            warnings.append(
                f"the shipped pipeline {DEFAULT_MODEL} is missing: using rules on a blank pipeline"
            )
            nlp = spacy.blank("en")
    elif model.startswith("blank:"):
        # `blank:en`: no statistical components at all, rules only (fast, and what tests of the rules use)
        try:
            nlp = spacy.blank(model.split(":", 1)[1])
        except (ImportError, KeyError) as exc:
            raise ModelError(f"no spaCy language {model.split(':', 1)[1]!r}: {exc}") from exc
    else:
        try:
            nlp = spacy.load(model)
        except (OSError, ValueError, ImportError) as exc:
            raise ModelError(f"cannot load spaCy pipeline {model!r}: {exc}") from exc
    names = tuple(nlp.pipe_names)
    has_parser = "parser" in names
    has_ner = "ner" in names
    if not has_parser:
        if "senter" not in names and "sentencizer" not in names:
            nlp.add_pipe("sentencizer")
        warnings.append("the pipeline has no parser: speakers and claims are found by rules only")
    if not has_ner:
        warnings.append("the pipeline has no entity recognizer: only listed organisations are recognised")
    # The shipped config has both steps already (`wireclaims.steps`); other pipelines get them here.
    if has_parser and PARAGRAPHS_NAME not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    _add_entity_ruler(nlp)
    return pipeline_of(nlp, warnings)


def pipeline_of(nlp: Language, warnings: Iterable[str] = ()) -> Pipeline:
    """A loaded spaCy pipeline as wireclaims sees it (what it can do, its name), left as it is: nothing is
    added to it (`load_pipeline` adds the wireclaims steps to the pipelines it loads)."""
    names = tuple(nlp.pipe_names)
    meta = nlp.meta
    return Pipeline(
        nlp=nlp,
        name=f"{meta.get('lang', 'xx')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0.0.0')}",
        components=names,
        has_parser="parser" in names,
        has_ner="ner" in names,
        has_lemmas=any(n in names for n in ("lemmatizer", "trainable_lemmatizer")),
        warnings=tuple(warnings),
        accuracy=dict(meta.get("accuracy") or {}),
    )


def _add_entity_ruler(nlp: Language) -> None:
    """The entity ruler of `entity_patterns`, last in the pipeline, unless the pipeline has it already."""
    from wireclaims.steps import RULER_NAME  # importing it registers the factory

    if RULER_NAME not in nlp.pipe_names:
        nlp.add_pipe(RULER_NAME)


# Stories longer than this are parsed in windows of at most this many characters: spaCy refuses texts over
# `nlp.max_length` (1,000,000), and the pipeline's memory grows with the tokens of one call (about 20 kB a
# token here: 100,000 characters of dialogue took 900 MB), so a 4 MB story parsed whole took gigabytes.
# Wire stories (2 to 10 kB) are parsed whole, as always.
WINDOW = 20_000
# A run of characters without white space is cut by spaCy's tokenizer one prefix or suffix at a time, each
# step searching the rest of the run: a run of many marks (`""""...`, `a's's's...`) costs its length times
# its marks. A run at least this long with more than this product is cut by `_PIECE` instead.
_RUN = re.compile(r"\S{65,}")
_RUN_COST = 4096
_WORD_CHARS = re.compile(r"\w+")
# words, and runs of one repeated mark (`"""""` is one token, as spaCy makes of `.....`)
_PIECE = re.compile(r"\w+|(\W)\1*")
# Where a window may end, best first, searched in the second half of the window: a paragraph break, a line
# break, a sentence end; then any white space in the window; else (one huge word) the window's last character.
_CUTS = (re.compile(r"\n\s*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?][\"'”’)\]]*\s+"))
_SPACE = re.compile(r"\s+")


def parse_all(pipeline: Pipeline, texts: Iterable[str]) -> Iterator[Doc]:
    """One Doc per text, in order, whatever the text's length: `nlp.pipe` for ordinary stories, windows for
    long ones and runs that would make the tokenizer quadratic (`parse_long`)."""
    batch: list[str] = []
    size = min(WINDOW, pipeline.nlp.max_length)
    for text in texts:
        if len(text) <= size and not _hostile_runs(text):
            batch.append(text)
            continue
        yield from pipeline.nlp.pipe(batch)
        batch = []
        yield parse_long(pipeline.nlp, text)
    yield from pipeline.nlp.pipe(batch)


def parse_long(nlp: Language, text: str) -> Doc:
    """Parse a text in windows that end at paragraph breaks (or line breaks, sentence ends, white space),
    each at most `WINDOW` characters, one window at a time, and join them into one Doc whose text is `text`,
    so every offset holds. A sentence or entity never crosses a window's end.

    The joined Doc keeps tokens, tags, lemmas, the parse and entities, not the tok2vec tensor (nothing reads
    it, and it is 384 bytes a token).
    """
    import numpy
    from spacy.tokens import Doc

    spans = windows(text, min(WINDOW, nlp.max_length))
    docs: list[Doc] = []
    for doc in nlp.pipe((make_doc(nlp, text[start:end]) for start, end in spans), batch_size=1):
        doc.tensor = numpy.zeros((0,), dtype="float32")
        docs.append(doc)
    if len(docs) == 1:
        return docs[0]
    # `exclude` is in spaCy 3.8 but not in its type stubs
    joined: Doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]
    return joined


def windows(text: str, size: int) -> list[tuple[int, int]]:
    """[start, end) windows covering `text`, each at most `size` characters, cut where `_CUTS` says."""
    out: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        out.append((start, _cut(text, start, start + size)))
        start = out[-1][1]
    out.append((start, len(text)))
    return out


def _cut(text: str, start: int, limit: int) -> int:
    half = start + (limit - start) // 2
    for pattern in (*_CUTS, _SPACE):
        lo = start + 1 if pattern is _SPACE else half
        last = None
        for last in pattern.finditer(text, lo, limit):  # noqa: B007 - the last match is wanted
            pass
        if last is not None:
            return last.end()
    return limit


def make_doc(nlp: Language, text: str) -> Doc:
    """`nlp.make_doc`, except that runs `_hostile_runs` finds are cut into `_PIECE`s, not by the tokenizer."""
    from spacy.tokens import Doc

    runs = _hostile_runs(text)
    if not runs:
        return nlp.make_doc(text)
    words: list[str] = []
    spaces: list[bool] = []
    at = 0
    for start, end in runs:
        for tok in nlp.tokenizer(text[at:start]) if start > at else ():
            words.append(tok.text)
            spaces.append(bool(tok.whitespace_))
        words += [m.group() for m in _PIECE.finditer(text, start, end)]
        spaces += [False] * (len(words) - len(spaces))
        at = end
        if text.startswith(" ", end):  # one space after a word belongs to it, as the tokenizer does it
            spaces[-1] = True
            at += 1
    for tok in nlp.tokenizer(text[at:]) if at < len(text) else ():
        words.append(tok.text)
        spaces.append(bool(tok.whitespace_))
    return Doc(nlp.vocab, words=words, spaces=spaces)


def _hostile_runs(text: str) -> list[tuple[int, int]]:
    """The runs without white space that would cost the tokenizer more than `_RUN_COST`."""
    out: list[tuple[int, int]] = []
    for run in _RUN.finditer(text):
        marks = len(run.group()) - sum(len(w) for w in _WORD_CHARS.findall(run.group()))
        if marks * len(run.group()) > _RUN_COST:
            out.append(run.span())
    return out
