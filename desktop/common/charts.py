"""Charts drawn with QPainter: QtCharts is deprecated since Qt 6.10 and ships only in PySide6-Addons (153 MiB)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QWidget

#: bar colours: a blue readable on white and the light track behind it
BAR = QColor("#2b6cb0")
TRACK = QColor("#e2e8f0")
MET = QColor("#2f855a")
NOT_MET = QColor("#c53030")


class ScoreBarDelegate(QStyledItemDelegate):
    """Draws a 0-100 score (the model's DisplayRole number) as a bar with the number on it."""

    def paint(self, painter: QPainter, option, index) -> None:
        value = index.data(Qt.ItemDataRole.DisplayRole)
        try:
            score = max(0.0, min(100.0, float(value)))
        except (TypeError, ValueError):
            super().paint(painter, option, index)
            return
        painter.save()
        # the number in its own space, left of the bar: text over a half-filled bar was hard to read
        rect = option.rect.adjusted(3, 4, -3, -4)
        number_width = option.fontMetrics.horizontalAdvance("100.0") + 6
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(QRectF(rect.x(), rect.y(), number_width - 4, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, f"{score:.1f}")
        bar = QRectF(rect.x() + number_width, rect.y() + 2, max(0, rect.width() - number_width), rect.height() - 4)
        painter.fillRect(bar, TRACK)
        painter.fillRect(QRectF(bar.x(), bar.y(), bar.width() * score / 100.0, bar.height()), BAR)
        painter.restore()


class BreakdownChart(QWidget):
    """Horizontal bars, one per criterion: how many of its weight's points the offering earned."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[tuple[str, float, float]] = []   # (label, weight points, score 0..1)
        self.setMinimumHeight(150)
        self.setAccessibleName(self.tr("Score breakdown chart"))

    def set_rows(self, rows: list[tuple[str, float, float]]) -> None:
        self.rows = rows
        self.setAccessibleDescription("; ".join(f"{label}: {w * s:.1f}/{w:.0f}" for label, w, s in rows))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(360, 28 * max(4, len(self.rows)) + 10)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        if not self.rows:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Select an offering to see its score."))
            return
        metrics = painter.fontMetrics()
        label_width = max(metrics.horizontalAdvance(label) for label, _w, _s in self.rows) + 12
        number_width = metrics.horizontalAdvance("00.0 / 100") + 10
        most = max(w for _l, w, _s in self.rows) or 1.0
        row_height = min(28.0, (self.height() - 6) / len(self.rows))
        width = max(10.0, self.width() - label_width - number_width - 8)
        for i, (label, weight, score) in enumerate(self.rows):
            y = 3 + i * row_height
            painter.setPen(text_colour)
            painter.drawText(QRectF(4, y, label_width - 8, row_height), Qt.AlignmentFlag.AlignVCenter
                             | Qt.AlignmentFlag.AlignRight, label)
            track = QRectF(label_width, y + row_height * 0.2, width * weight / most, row_height * 0.6)
            painter.fillRect(track, TRACK)
            painter.fillRect(QRectF(track.x(), track.y(), track.width() * score, track.height()), BAR)
            painter.drawText(QRectF(label_width + width + 6, y, number_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter, f"{weight * score:.1f} / {weight:.0f}")
        painter.end()


class QuotaGauge(QWidget):
    """One quota: its description, a bar of value against target, and "met"/"not met" in words and colour."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.description = ""
        self.value_text = ""
        self.fraction = 0.0       # value / target, clipped to 0..1 for the bar
        self.target_fraction = 1.0
        self.met = False
        self.required = True
        self.setMinimumHeight(46)

    def set_state(self, *, description: str, value_text: str, fraction: float, met: bool, required: bool) -> None:
        self.description, self.value_text = description, value_text
        self.fraction, self.met, self.required = max(0.0, min(1.0, fraction)), met, required
        status = self.tr("met") if met else self.tr("not met")
        self.setAccessibleName(f"{description}: {value_text}, {status}")
        self.setToolTip(self.accessibleName())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 46)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        status = ("✔ " + self.tr("met")) if self.met else ("✘ " + self.tr("not met"))
        if not self.required:
            status += " · " + self.tr("monitored")
        painter.setPen(MET if self.met else NOT_MET)
        status_width = metrics.horizontalAdvance(status) + 8
        painter.drawText(QRectF(self.width() - status_width, 0, status_width, 20), Qt.AlignmentFlag.AlignRight, status)
        painter.setPen(text_colour)
        painter.drawText(QRectF(0, 0, self.width() - status_width - 6, 20), Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(self.description, Qt.TextElideMode.ElideRight,
                                            int(self.width() - status_width - 6)))
        bar = QRectF(0, 24, self.width() * 0.7, 14)
        painter.fillRect(bar, TRACK)
        painter.fillRect(QRectF(bar.x(), bar.y(), bar.width() * self.fraction, bar.height()),
                         MET if self.met else NOT_MET)
        painter.drawText(QRectF(bar.right() + 8, 20, self.width() - bar.right() - 8, 22),
                         Qt.AlignmentFlag.AlignVCenter, self.value_text)
        painter.end()
