"""The building blocks of a ranking's rows: records read on first use, lists built on first access, and
the rank order sorted only as far as it is read."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from catalog.records import CatalogStore


def record_loader(store: CatalogStore, offering_id: str, organisation_id: str) -> Callable[[], tuple]:
    def load() -> tuple[dict, dict | None]:
        found = store.find(organisation_id)
        return store.get(offering_id)[1], found[1] if found else None
    return load


class Records:
    """The offering and organisation records of a result, read from the store on first use."""

    _loader: Callable[[], tuple]
    _loaded: tuple | None

    @property
    def offering_record(self) -> dict:
        return self._load()[0]

    @property
    def organisation_record(self) -> dict | None:
        return self._load()[1]

    def _load(self) -> tuple:
        if self._loaded is None:
            self._loaded = self._loader()
        return self._loaded


class LazyRows(Sequence):
    """A read-only list whose items are built on first access (explanations cost time; scores do not)."""

    def __init__(self, count: int, make: Callable[[int], object]):
        self._count, self._make, self._items = count, make, {}

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self._count))]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        item = self._items.get(index)
        if item is None:
            item = self._items[index] = self._make(index)
        return item

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)


class RankOrder:
    """Positions of candidates in rank order (score descending, ties by id), sorted only as far as read.

    Candidates are given in id order. The first ``head`` positions are found with a partition (the
    rows scoring at least the head's last score, then a stable sort of those: exact, ties included);
    the full sort happens only when a later position is read.
    """

    def __init__(self, scores: np.ndarray, head: int):
        self.scores = scores
        self.full: np.ndarray | None = None
        n = len(scores)
        if head >= n:
            self.full = np.argsort(-scores, kind="stable")
            self.head = self.full
            return
        threshold = -np.partition(-scores, head - 1)[head - 1]
        chosen = np.flatnonzero(scores >= threshold)
        self.head = chosen[np.argsort(-scores[chosen], kind="stable")][:head]

    def __getitem__(self, position: int) -> int:
        if position < len(self.head):
            return int(self.head[position])
        if self.full is None:
            self.full = np.argsort(-self.scores, kind="stable")
        return int(self.full[position])
