"""Long work as plain generators: each yields :class:`Progress` and returns its result.

Front ends run these off their main thread (the desktop's worker helper) and may stop one between
two steps by closing the generator. A job opens its own database connection, because a SQLite
connection belongs to the thread that opened it; the connection is closed however the job ends.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import dataclass


@dataclass(frozen=True)
class Progress:
    """One step of a long job: ``done`` of ``total`` steps (``total`` None when unknown) and what is happening."""

    done: int
    total: int | None
    message: str


Job = Generator[Progress, None, object]


def run_job(job: Job, *, on_progress: Callable[[Progress], None] | None = None) -> object:
    """Run ``job`` to its end on this thread and return its result; ``on_progress`` sees every step.

    For the command line, the self-test and tests; the desktop runs jobs through its worker instead.
    """
    while True:
        try:
            step = next(job)
        except StopIteration as done:
            return done.value
        if on_progress is not None:
            on_progress(step)


__all__ = ["Job", "Progress", "run_job"]
