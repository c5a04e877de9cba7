"""One error hierarchy: every failure a user can see is a KabarError with a one-line message."""

from __future__ import annotations


class KabarError(Exception):
    """Base class; ``str(error)`` is the one line shown to the user."""

    exit_code = 1


class InputError(KabarError):
    """An input could not be read or decoded; the run goes on with the others."""

    exit_code = 2

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StageError(KabarError):
    """A pipeline stage failed on one article."""

    exit_code = 3

    def __init__(self, stage: str, article_source: str, reason: str) -> None:
        super().__init__(f"{article_source}: stage {stage} failed: {reason}")
        self.stage = stage


class StoreError(KabarError):
    """The database could not be opened or written."""

    exit_code = 4


class PipelineOrderError(KabarError):
    """A stage needs something no earlier stage provides."""
