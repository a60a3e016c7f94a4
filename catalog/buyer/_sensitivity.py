"""Weight sensitivity of a ranking's first place: how far each weight can move before the leader changes.

:func:`catalog.buyer._ranking.rank_offerings` calls :func:`weight_sensitivity` on the criteria matrix of
its eligible offerings and keeps the :class:`Sensitivity` in ``Ranking.sensitivity``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ._profile import CRITERIA

#: how many leading candidates the sensitivity report lists with their gap to first place
SENSITIVITY_TOP = 5


@dataclass(frozen=True)
class WeightSensitivity:
    """How far one weight (in points) can move, the others fixed, before another offering comes first."""

    criterion: str
    weight: float
    decrease_by: float | None   # None: first place holds down to a weight of 0
    increase_by: float | None   # None: first place holds however high the weight goes
    first_if_decreased: str | None
    first_if_increased: str | None

    def to_json(self) -> dict:
        return {"criterion": self.criterion, "weight": round(self.weight, 2),
                "decrease_by": None if self.decrease_by is None else round(self.decrease_by, 2),
                "increase_by": None if self.increase_by is None else round(self.increase_by, 2),
                "first_if_decreased": self.first_if_decreased, "first_if_increased": self.first_if_increased}


@dataclass(frozen=True)
class Sensitivity:
    leader: str
    margin: float | None                   # points between first and second place
    weights: list[WeightSensitivity]
    top: list[tuple[str, float, float]]    # (offering id, score, points behind the leader)

    def to_json(self) -> dict:
        return {"leader": self.leader, "margin": None if self.margin is None else round(self.margin, 2),
                "weights": [w.to_json() for w in self.weights],
                "top": [{"offering_id": oid, "score": round(score, 2), "behind_leader": round(gap, 2)}
                        for oid, score, gap in self.top]}


def weight_sensitivity(criteria: np.ndarray, scores: np.ndarray, points: dict[str, float], *, leader: int,
                       top: Sequence[int], id_of: Callable[[int], str]) -> Sensitivity:
    """Weight stability of first place.

    ``criteria`` is the (candidates × criteria) matrix of scores in [0, 1], in any row order;
    ``leader`` is the row of the first-placed candidate, ``top`` the rows of the first few in rank
    order, ``id_of(row)`` an offering id. Moving weight ``c`` by ``δ`` points, the others fixed,
    changes candidate ``j``'s standing against the leader by ``δ·(s_jc − s_leader,c)``: first place
    changes at the smallest ``δ`` where some candidate's gap ``Σ_c w_c (s_jc − s_leader,c)`` reaches
    0. Rescaling all weights to 100 points does not change who is first, so this holds for the
    normalised weights too (the approach of PROMETHEE weight-stability intervals, one weight at a time).
    """
    w = np.array([points[c] for c in CRITERIA])
    lead = (criteria - criteria[leader]) @ w   # <= 0: how far each candidate is behind, in points
    out = []
    for j, criterion in enumerate(CRITERIA):
        d = criteria[:, j] - criteria[leader, j]
        up = _first_crossing(-lead, d, d > 0, id_of)
        down = _first_crossing(lead, d, d < 0, id_of)
        if down is not None and down[0] > w[j]:
            down = None
        out.append(WeightSensitivity(criterion, float(w[j]), None if down is None else down[0],
                                     None if up is None else up[0], None if down is None else down[1],
                                     None if up is None else up[1]))
    best = float(scores[leader])
    margin = best - float(scores[top[1]]) if len(top) > 1 else None
    return Sensitivity(id_of(leader), margin, out, [(id_of(r), float(scores[r]), best - float(scores[r])) for r in top])


def _first_crossing(numerator: np.ndarray, d: np.ndarray, mask: np.ndarray, id_of) -> tuple[float, str] | None:
    rows = np.flatnonzero(mask)
    if rows.size == 0:
        return None
    thresholds = np.maximum(0.0, numerator[rows] / d[rows])
    k = int(np.argmin(thresholds))
    return float(thresholds[k]), id_of(int(rows[k]))


__all__ = ["SENSITIVITY_TOP", "Sensitivity", "WeightSensitivity", "weight_sensitivity"]
