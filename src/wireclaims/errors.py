"""Specific exceptions. Each carries a documented `code` that error records and exit messages use."""

from __future__ import annotations


class WireclaimsError(Exception):
    """Base class: an input or setting wireclaims cannot work with."""

    code = "error"


class InputError(WireclaimsError):
    """An input that cannot be turned into a story.

    Attributes:
        format: the input format it was read as, once detection got that far (`loaders.load_all` sets it).
    """

    code = "unreadable"
    format: str | None = None


class UnreadableInput(InputError):
    """The file cannot be opened or read."""

    code = "unreadable"


class EncodingProblem(InputError):
    """The bytes cannot be decoded as text."""

    code = "encoding"


class NotAStory(InputError):
    """The input decodes but holds no story text (empty, binary, only a header)."""

    code = "not-a-story"


class TooLarge(InputError):
    """The input is larger than the configured limit."""

    code = "too-large"


class ParseError(InputError):
    """A structured input (XML, JSON) is malformed."""

    code = "parse-error"


class Withheld(InputError):
    """The agency canceled or withheld the item: there is no story to use."""

    code = "withheld"


class OutputCollision(InputError):
    """With `-o DIR`, the input's output would be an earlier input's (two files of the same name given
    from different folders): it is not analysed, rather than overwrite the other's result."""

    code = "output-collision"


class InternalError(WireclaimsError):
    """A bug in wireclaims met while analysing one story: that story gets an error record saying so, the
    batch goes on, and the exit code says something failed."""

    code = "internal-error"


class ModelError(WireclaimsError):
    """The requested spaCy pipeline cannot be loaded."""

    code = "model"


class GoldError(WireclaimsError):
    """A gold file is malformed; the message names the file and the label."""

    code = "gold"


class MissingDependency(InternalError):
    """A package that wireclaims needs for this input is not installed (a broken install, not a bad input)."""

    code = "missing-dependency"


class StoryTimeout(WireclaimsError):
    """Analysing one story took longer than the per-story limit (`--timeout`)."""

    code = "timeout"


class OutOfMemory(WireclaimsError):
    """Analysing one story needed more memory than the per-worker limit (`--max-memory`)."""

    code = "out-of-memory"


class WorkerFailed(WireclaimsError, RuntimeError):
    """Worker processes (`--jobs` > 1) cannot run at all: one died or failed while loading the pipeline."""

    code = "worker-failed"


class MissingAnnotation(WireclaimsError):
    """A spaCy Doc lacks what extraction needs: sentence boundaries (a parser, `senter` or `sentencizer`)."""

    code = "missing-annotation"
