"""The detail pane of a catalog record: every field, unverified facts marked, clickable dated sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser

from catalog.records import field_names, shipped_taxonomy
from desktop.common.labels import certification_status_label, field_label, kind_label, value_label, yes_no
from desktop.i18n import current_language

#: fields shown in their own section below the facts
_SECTIONS = ("sources", "unverified", "conflicts", "verified_on")
#: colour of the "unverified" mark: a warning amber readable on white (contrast 4.6:1)
UNVERIFIED_COLOUR = "#a15c00"


class RecordDetail(QTextBrowser):
    """Shows one record; a click on a source opens the browser, on a related record emits ``record_clicked``."""

    record_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setAccessibleName(self.tr("Record details"))
        self.anchorClicked.connect(self._follow)
        self._shown: tuple[str, dict, dict] | None = None
        self.show_empty()

    def show_empty(self) -> None:
        self._shown = None
        self.setHtml("<p style='color:#555'>" + escape(self.tr(
            "Select a record to see all its facts and the sources they come from.")) + "</p>")

    def show_record(self, kind: str, record: dict, *, names: dict[str, str] | None = None) -> None:
        """Render ``record``; ``names`` maps ids of related records to their names (shown as links)."""
        self._shown = (kind, record, names or {})
        self.setHtml(self.render_html(kind, record, names or {}))

    def retranslate(self) -> None:
        if self._shown is None:
            self.show_empty()
        else:
            self.show_record(self._shown[0], self._shown[1], names=self._shown[2])

    def _value_html(self, name: str, value, language: str, names: dict[str, str], kind: str) -> str:
        if isinstance(value, dict) and set(value) == {"fr", "en"}:
            return escape(value.get(language) or value.get("en") or "")
        if isinstance(value, bool) or value is None:
            return escape(yes_no(value))
        if name in ("organisation_id", "marketplace_id", "offering_id") and isinstance(value, str):
            return f"<a href='record:{escape(value)}'>{escape(names.get(value, value))}</a>"
        if name in ("website", "url") and isinstance(value, str):
            return f"<a href='{escape(value)}'>{escape(value)}</a>"
        if name == "sectors" and isinstance(value, list):  # taxonomy ids ("agrifood") read as their label
            sectors = shipped_taxonomy().sectors
            return escape(", ".join(sectors[v].label(language) if v in sectors else v for v in value))
        if name == "certifications":
            return "<br>".join(escape(f"{c['name']} ({certification_status_label(c['status'])})"
                                      + (f": {c['scope']}" if c.get("scope") else "")) for c in value)
        if name == "deadlines":
            return "<br>".join(escape(f"{d['date']}: {d['label'].get(language) or d['label']['en']}") for d in value)
        if isinstance(value, list):
            return escape(", ".join(value_label(kind, name, v) if isinstance(v, str) else str(v) for v in value))
        if isinstance(value, dict):
            parts = []
            for key, sub in value.items():
                if sub in (None, [], False) and key != "compute":
                    continue
                shown = self._value_html(key, sub, language, names, kind)
                parts.append(f"<i>{escape(field_label(key))}</i>: {shown}")
            return "<br>".join(parts)
        return escape(value_label(kind, name, value) if isinstance(value, str) else str(value))

    def render_html(self, kind: str, record: dict, names: dict[str, str]) -> str:
        language = current_language()
        unverified = set(record.get("unverified") or ())
        title = record.get("name") or names.get(record.get("offering_id", ""), record["id"])
        # translated texts are taken out of f-strings: lupdate does not look inside them
        id_word, unverified_word = self.tr("id"), self.tr("unverified")
        disagree, sources_title = self.tr("Sources disagree on"), self.tr("Sources")
        no_source, seen_on = self.tr("This record has no source."), self.tr("seen on {date}")
        subtitle = f"{kind_label(kind)} · {id_word} {record['id']}"
        out = [f"<h2>{escape(title)}</h2>", f"<p style='color:#555'>{escape(subtitle)}</p>"]
        if unverified:
            out.append(f"<p style='color:{UNVERIFIED_COLOUR}'>⚠ " + escape(self.tr(
                "Facts marked “unverified” could not be checked against a source.")) + "</p>")
        out.append("<table cellspacing='0' cellpadding='3'>")
        for name in field_names(kind):
            if name in ("id", "name") or name in _SECTIONS:
                continue
            value = record.get(name)
            if isinstance(value, dict) and not any(v not in (None, [], False) for v in value.values()):
                value = None
            if value in (None, [], {}) and name not in unverified:
                continue
            mark = ""
            style = ""
            if name in unverified:
                mark = f" <span style='color:{UNVERIFIED_COLOUR}'>⚠ {escape(unverified_word)}</span>"
                style = f" style='color:{UNVERIFIED_COLOUR}'"
            out.append(f"<tr><td valign='top'><b>{escape(field_label(name))}</b></td>"
                       f"<td valign='top'{style}>{self._value_html(name, value, language, names, kind)}{mark}"
                       "</td></tr>")
        out.append("</table>")
        for conflict in record.get("conflicts") or ():
            note = conflict["note"].get(language) or conflict["note"]["en"]
            out.append(f"<p><b>{escape(disagree)} {escape(field_label(conflict['field']))}:</b> "
                       f"{escape(note)}</p>")
        out.append(f"<h3>{escape(sources_title)}</h3>")
        sources = record.get("sources") or []
        if not sources:
            out.append(f"<p style='color:{UNVERIFIED_COLOUR}'>⚠ {escape(no_source)}</p>")
        out.append("<ul>")
        for source in sources:
            out.append(f"<li><a href='{escape(source['url'])}'>{escape(source['title'])}</a> — "
                       f"{escape(seen_on.format(date=source['seen_on']))}</li>")
        out.append("</ul>")
        verified = record.get("verified_on")
        out.append("<p style='color:#555'>" + escape(
            self.tr("Last verified on {date}.").format(date=verified) if verified else self.tr("Never verified."))
            + "</p>")
        return "".join(out)

    def _follow(self, url: QUrl) -> None:
        if url.scheme() == "record":
            self.record_clicked.emit(url.path())
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)
