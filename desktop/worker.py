"""The one helper that runs long work off the GUI thread.

Long work is a generator from catalog/ (see :mod:`catalog.jobs`) that yields :class:`Progress` and
returns its result. :class:`TaskRunner` iterates it on a pool thread and reports back through queued
signals, so slots run on the GUI thread; it never touches widgets from the worker. Each start gets a
new generation number: results of a superseded or cancelled run are dropped, and failures always
arrive on ``failed`` (a job whose failure is not reported leaves its caller waiting forever).
Cancelling closes the generator at its next step, so its ``with`` blocks clean up.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from catalog.jobs import Progress


class _Relay(QObject):
    """Created on the GUI thread; its signals cross from the worker thread as queued calls."""

    progress = Signal(int, object)
    finished = Signal(int, object)
    failed = Signal(int, object)
    cancelled = Signal(int)


class _Run(QRunnable):
    def __init__(self, generation: int, make: Callable[[], Generator], relay: _Relay, stop: threading.Event):
        super().__init__()
        self.setAutoDelete(False)
        self.generation, self.make, self.relay, self.stop = generation, make, relay, stop

    def run(self) -> None:
        try:
            job = self.make()
            while True:
                if self.stop.is_set():
                    job.close()
                    self.relay.cancelled.emit(self.generation)
                    return
                try:
                    step = next(job)
                except StopIteration as done:
                    self.relay.finished.emit(self.generation, done.value)
                    return
                self.relay.progress.emit(self.generation, step)
        except BaseException as error:  # every failure must reach the GUI, or a caller waits forever
            self.relay.failed.emit(self.generation, error)


class TaskRunner(QObject):
    """Runs one job at a time for its owner; starting a new one supersedes (and cancels) the previous."""

    progressed = Signal(object)   # Progress
    succeeded = Signal(object)    # the generator's return value
    failed = Signal(object)       # the exception
    cancelled = Signal()
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.generation = 0
        self._stop: threading.Event | None = None
        self._keep: dict[int, tuple[_Relay, _Run]] = {}

    @property
    def busy(self) -> bool:
        return self._stop is not None

    def start(self, make: Callable[[], Generator]) -> int:
        """Run the generator ``make()`` on a pool thread; return this run's generation number."""
        if self._stop is not None:
            self._stop.set()
        self.generation += 1
        generation = self.generation
        self._stop = threading.Event()
        relay = _Relay()
        queued = Qt.ConnectionType.QueuedConnection
        relay.progress.connect(self._on_progress, queued)
        relay.finished.connect(self._on_finished, queued)
        relay.failed.connect(self._on_failed, queued)
        relay.cancelled.connect(self._on_cancelled, queued)
        run = _Run(generation, make, relay, self._stop)
        self._keep[generation] = (relay, run)
        self.busy_changed.emit(True)
        self.pool.start(run)
        return generation

    def cancel(self) -> None:
        """Ask the current run to stop at its next step; ``cancelled`` follows."""
        if self._stop is not None:
            self._stop.set()

    def _current(self, generation: int) -> bool:
        if generation != self.generation:
            self._keep.pop(generation, None)
            return False
        return True

    def _end(self, generation: int) -> None:
        self._keep.pop(generation, None)
        self._stop = None
        self.busy_changed.emit(False)

    def _on_progress(self, generation: int, step: Progress) -> None:
        if generation == self.generation:
            self.progressed.emit(step)

    def _on_finished(self, generation: int, result: object) -> None:
        if self._current(generation):
            self._end(generation)
            self.succeeded.emit(result)

    def _on_failed(self, generation: int, error: BaseException) -> None:
        if self._current(generation):
            self._end(generation)
            self.failed.emit(error)

    def _on_cancelled(self, generation: int) -> None:
        if self._current(generation):
            self._end(generation)
            self.cancelled.emit()


def run_with_progress(parent: QWidget, title: str, make: Callable[[], Generator],
                      on_success: Callable[[object], None], on_failure: Callable[[BaseException], None]
                      ) -> TaskRunner:
    """Run a job with a window-modal progress dialog and a Cancel button; the window stays responsive."""
    runner = TaskRunner(parent)
    dialog = QProgressDialog(title, QCoreApplication.translate("Worker", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs finish before a dialog would flash on screen
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progressed(step: Progress) -> None:
        dialog.setMaximum(step.total or 0)
        dialog.setValue(step.done)
        dialog.setLabelText(f"{title}\n{step.message}")

    def finish() -> None:
        dialog.canceled.disconnect(runner.cancel)
        dialog.close()
        dialog.deleteLater()
        runner.deleteLater()

    runner.progressed.connect(progressed)
    runner.succeeded.connect(lambda result: (finish(), on_success(result)))
    runner.failed.connect(lambda error: (finish(), on_failure(error)))
    runner.cancelled.connect(finish)
    dialog.canceled.connect(runner.cancel)
    runner.start(make)
    return runner
