"""One error hierarchy: every failure a user can see is a KabarError with a one-line message.

Exit codes of the ``kabar`` command (``exit_code`` of each class):

- 0: everything was processed;
- 1: some inputs failed (``InputError``, ``StageError``; the rest were stored), or a
  requested record does not exist;
- 2: usage error (bad option or parameter);
- 4: the database could not be opened or written (``StoreError``), e.g. it is locked
  by another process;
- 70: internal error (a bug: ``PipelineOrderError`` or anything unexpected).

Messages are made one line at construction: newlines become spaces and other
control characters are shown escaped, so hostile file names or record ids
cannot break the one-line-per-error output or inject terminal escapes.
"""

from __future__ import annotations

import re

MAX_MESSAGE = 2000
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
LOCKED = re.compile(r"Conflicting lock is held in\s+(.*?)\s+\(PID\s+(\d+)\)", re.DOTALL)


def one_line(message: str) -> str:
    """``message`` on one line: line breaks become spaces, control characters ``\\xNN``."""
    text = " ".join(message.replace("\t", " ").splitlines()) if "\n" in message else message
    text = CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text.replace("\r", " "))
    text = re.sub(r" {2,}", " ", text)
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


class KabarError(Exception):
    """Base class; ``str(error)`` is the one line shown to the user."""

    exit_code = 1

    def __init__(self, message: str = "") -> None:
        super().__init__(one_line(str(message)))


class InputError(KabarError):
    """An input could not be read or decoded; the run goes on with the others."""

    exit_code = 1

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = one_line(str(source))
        self.reason = one_line(str(reason))


class StageError(KabarError):
    """A pipeline stage failed on one article; the run goes on with the others."""

    exit_code = 1

    def __init__(self, stage: str, article_source: str, reason: str) -> None:
        super().__init__(f"{article_source}: stage {stage} failed: {reason}")
        self.stage = stage


class StoreError(KabarError):
    """The database could not be opened or written.

    DuckDB allows one writing process per file: a database that ``kabar serve`` (or
    another ``kabar run``) has open cannot be opened by a second process, and the
    message says so instead of DuckDB's multi-line lock report.
    """

    exit_code = 4

    def __init__(self, message: str = "") -> None:
        locked = LOCKED.search(str(message))
        if locked:
            path = str(message).split(": ", 1)[0]
            message = (
                f"{path}: the database is in use by another process (PID {locked.group(2)}, "
                f"{locked.group(1).rsplit('/', 1)[-1]}); DuckDB allows one process per file: "
                "stop `kabar serve` or the other `kabar run` first, or use another --db "
                "(write through the API while serving: POST /api/articles)"
            )
        super().__init__(message)


class WorkerError(KabarError):
    """A worker process of ``kabar run --workers`` died (killed, or out of memory).

    Batches stored before it stay stored and the fusion transaction is rolled back, so
    running the same command again codes only what is missing and then fuses."""

    exit_code = 5

    def __init__(self) -> None:
        super().__init__(
            "a worker process stopped unexpectedly (killed, or out of memory); the articles "
            "stored so far are kept: run the same command again (perhaps with fewer "
            "--workers) to code the rest and fuse"
        )


class PipelineOrderError(KabarError):
    """A stage needs something no earlier stage provides (a bug, not a user error)."""

    exit_code = 70
