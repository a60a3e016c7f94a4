"""The tender workbook's other sheets: Grid, Excluded, Quotas, Sources, Profile and the hidden metadata."""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname

from catalog import __version__
from catalog.files import set_text
from catalog.quotas import legal_note
from catalog.text.workbook import CRITERION_LABELS, PRICE_OPTIONS, label, text

from ._data import WorkbookData
from ._rows import RowStream
from ._writer import Column, SheetWriter, Styles, size_label, total_formula, wrapped_lines, yes_no

#: the hidden sheet that identifies a workbook Vivier exported (read by catalog.workbook._decisions)
METADATA_SHEET = "vivier"
WORKBOOK_FORMAT = "vivier.tender-workbook/1"
GRID_FIRST_SCORE = 11


def write_grid(wb, styles: Styles, data: WorkbookData, *, weights_name: str) -> None:
    """Every scored candidate, in Vivier's order, with live totals and the explanations."""
    lang, k, n = data.language, len(data.criteria), len(data.grid)
    texts = data.value_texts
    columns = [Column(text(key, lang)) for key in ("col.vivier_rank", "col.organisation", "col.offering",
                                                   "col.offering_id", "col.country", "col.size", "col.sme",
                                                   "col.startup", "col.route", "col.in_shortlist")]
    columns += [Column(label(CRITERION_LABELS, c, lang), width=12) for c in data.criteria]
    columns += [Column(text("col.total", lang), width=12), Column(text("col.vivier_score", lang), width=12)]
    columns += [Column(text("col.explanation", lang, criterion=label(CRITERION_LABELS, c, lang)), wrap=True)
                for c in data.criteria]
    sheet = SheetWriter(wb, styles, text("sheet.grid", lang), columns, data_rows=n, freeze="D2")
    chosen = {c.offering_id for c in data.shortlist}
    sheet.fit([[c.vivier_rank, c.organisation_name, c.offering_name, c.offering_id, c.country,
                size_label(c.size_class, texts), texts["unknown"], texts["unknown"], c.route or texts["no"],
                texts["unknown"]] for c in data.grid])
    yes, no = texts["yes"], texts["no"]
    # One kind per column: rows go out as XML text, with no cell object per value (see RowStream).
    rows = RowStream(sheet, [("cell", "plain")] + [("text", "plain")] * 5 + [("cell", "plain")] * 2
                     + [("text", "plain"), ("cell", "plain")] + [("cell", "percent")] * k
                     + [("cell", "score"), ("cell", "number")] + [("text", "wrap")] * k)
    rows.header()
    append = rows.append
    # The explanations are the only wrapped columns: the row height comes from them directly, the
    # same figure SheetWriter.append would find by reading the cells back (see wrapped_lines).
    explanation_widths = sheet.widths[GRID_FIRST_SCORE + k + 1:]
    sizes = {c.size_class: size_label(c.size_class, texts) for c in data.grid}
    for row, c in enumerate(data.grid, start=2):
        values = [c.vivier_rank, c.organisation_name, c.offering_name, c.offering_id, c.country,
                  sizes[c.size_class], yes_no(c.sme, texts), yes_no(c.startup, texts),
                  c.route or no, yes if c.offering_id in chosen else no, *c.scores,
                  total_formula(GRID_FIRST_SCORE, k, row, weights_name), c.score,
                  *c.explanations]
        append(values, lines=wrapped_lines(c.explanations, explanation_widths))
    if n:
        for i in range(k):
            sheet.color_scale(GRID_FIRST_SCORE + i, 2, n + 1, low=0, high=1)
        sheet.color_scale(GRID_FIRST_SCORE + k, 2, n + 1, low=0, high=100)


def write_excluded(wb, styles: Styles, data: WorkbookData) -> None:
    """Every knocked-out candidate with the reasons, one per line."""
    lang = data.language
    columns = [Column(text(key, lang)) for key in ("col.organisation", "col.offering", "col.offering_id",
                                                   "col.country")]
    columns.append(Column(text("col.reasons", lang), width=80, wrap=True))
    sheet = SheetWriter(wb, styles, text("sheet.excluded", lang), columns, data_rows=len(data.excluded),
                        freeze="C2")
    sheet.fit([[e.organisation_name, e.offering_name, e.offering_id, e.country] for e in data.excluded])
    sheet.header()
    for e in data.excluded:
        sheet.append([sheet.text(e.organisation_name), sheet.text(e.offering_name), sheet.text(e.offering_id),
                      sheet.text(e.country), sheet.text("\n".join(e.reasons), "wrap")])


def write_questions(wb, styles: Styles, data: WorkbookData) -> None:
    """Per shortlisted vendor, the facts the catalog does not record and the question to ask in the
    consultation: what a buyer sends with the consultation letter."""
    lang = data.language
    rows = [(c, v) for c in data.shortlist for v in c.to_verify]
    columns = [Column(text("col.organisation", lang)), Column(text("col.offering", lang)),
               Column(text("col.offering_id", lang)), Column(text("q.point", lang), width=30, wrap=True),
               Column(text("q.question", lang), width=80, wrap=True), Column(text("q.answer", lang), width=40,
                                                                             wrap=True)]
    sheet = SheetWriter(wb, styles, text("sheet.questions", lang), columns, data_rows=len(rows), freeze="C2")
    sheet.fit([[c.organisation_name, c.offering_name, c.offering_id] for c, _v in rows])
    sheet.header()
    for c, v in rows:
        sheet.append([sheet.text(c.organisation_name), sheet.text(c.offering_name), sheet.text(c.offering_id),
                      sheet.text(v.reason, "wrap"), sheet.text(v.question, "wrap"), sheet.text("", "input_text")])
    if not rows:
        sheet.note(text("q.none", lang))
    sheet.append([])
    sheet.note(text("q.how", lang))


def write_quotas(wb, styles: Styles, data: WorkbookData, *, shortlist_sheet: str, first_row: int,
                 flag_column, amount_column) -> None:
    """Each rule with its target, its live value and met/not met, both computed by formulas."""
    lang, n = data.language, len(data.shortlist)
    columns = [Column(text("quota.rule", lang), width=30, wrap=True), Column(text("quota.bound", lang), wrap=True),
               Column(text("quota.mode", lang), width=12), Column(text("quota.target", lang), width=10),
               Column(text("quota.live", lang), width=14), Column(text("quota.met", lang), width=16),
               Column(text("quota.vivier", lang), width=14)]
    sheet = SheetWriter(wb, styles, text("sheet.quotas", lang), columns, data_rows=len(data.rules), freeze="B2")
    sheet.header()
    source = quote_sheetname(shortlist_sheet)
    met, not_met = text("quota.yes", lang), text("quota.no", lang)
    last_row = first_row + n - 1
    amounts = f"{source}!${get_column_letter(amount_column(data))}${first_row}:" \
              f"${get_column_letter(amount_column(data))}${last_row}"
    for i, quota in enumerate(data.quotas):
        rule, row = quota.rule, i + 2
        share = rule.bound != "min_count"
        target = float(rule.value) if share else int(rule.value)
        letter = get_column_letter(flag_column(data, i))
        flags = f"{source}!${letter}${first_row}:${letter}${last_row}"
        if n == 0:
            live = "=0"
        elif rule.measure == "value":
            live = f"=IF(SUM({amounts})=0,0,SUMPRODUCT({flags},{amounts})/SUM({amounts}))"
        elif share:
            live = f"=COUNTIF({flags},1)/ROWS({flags})"
        else:
            live = f"=COUNTIF({flags},1)"
        compare = "<=" if rule.bound == "max_share" else ">="
        verdict = f'=IF(E{row}{compare}D{row},"{met}","{not_met}")'
        number_style = "percent" if share else "integer"
        sheet.append(sheet.top([
            sheet.text(rule.label, "wrap"), sheet.text(rule.describe(lang), "wrap"), text(f"mode.{rule.mode}", lang),
            sheet.cell(target, number_style), sheet.cell(live, number_style), sheet.cell(verdict, "bold"),
            sheet.cell(quota.vivier_value, number_style) if quota.vivier_value is not None else None]))
    if data.rules:
        verdicts = f"F2:F{len(data.rules) + 1}"
        for word, colour in ((met, "C6EFCE"), (not_met, "FFC7CE")):
            sheet.ws.conditional_formatting.add(verdicts, CellIsRule(
                operator="equal", formula=[f'"{word}"'], fill=PatternFill("solid", fgColor=colour, bgColor=colour)))
    else:
        sheet.note(text("quota.none", lang))
    sheet.append([])
    if data.infeasible:
        sheet.note(f"{text('quota.infeasible', lang)} {data.infeasible}", "bold")
    if data.total_score is not None and data.unconstrained_total_score is not None:
        sheet.append([sheet.cell(text("quota.cost", lang), "bold"),
                      sheet.cell(data.unconstrained_total_score - data.total_score, "number")])
    sheet.append([sheet.cell(text("quota.note", lang), "bold")])
    sheet.note(legal_note(lang))


def write_sources(wb, styles: Styles, data: WorkbookData) -> None:
    """Every record the ranking used, one row per source, with the URL and the date it was seen."""
    lang = data.language
    columns = [Column(text(key, lang)) for key in ("src.kind", "src.record_id", "src.record", "src.title",
                                                   "src.url", "src.seen_on", "src.verified_on", "src.unverified")]
    kinds = {kind: text(f"kind.{kind}", lang) for kind in ("organisation", "offering", "marketplace", "listing")}
    sheet = SheetWriter(wb, styles, text("sheet.sources", lang), columns, data_rows=len(data.sources), freeze="D2")
    sheet.fit([(kinds[r[0]],) + r[1:] for r in data.sources])
    rows = RowStream(sheet, [("cell", "plain")] + [("text", "plain")] * 7)
    rows.header()
    missing = text("src.none", lang)
    append = rows.append
    for kind, record_id, name, title, url, seen_on, verified_on, unverified in data.sources:
        append([kinds[kind], record_id, name, title if url else missing, url, seen_on, verified_on, unverified])


def write_profile(wb, styles: Styles, data: WorkbookData) -> None:
    """The requirement profile as readable rows, with the catalog version and the export date."""
    lang, profile = data.language, data.profile
    none = text("profile.none", lang)
    must = profile.must_haves
    rows: list[tuple[str, object]] = [
        (text("profile.name", lang), profile.name), (text("profile.buyer", lang), profile.buyer),
        (text("profile.need", lang), profile.need), (text("profile.language", lang), profile.language.upper()),
        (text("profile.capabilities", lang), ", ".join(profile.capabilities) or none),
        (text("profile.kinds", lang), ", ".join(profile.offering_kinds) or none),
    ]
    for key, value in must.to_json().items():
        if key == "certifications":
            value = ", ".join(f"{c['name']} ({c['status']})" for c in value)
        elif key == "if_unknown":
            value = "; ".join(f"{name}: {label(PRICE_OPTIONS, policy, lang)}" for name, policy in value.items())
        elif isinstance(value, list):
            value = ", ".join(value)
        elif isinstance(value, bool):
            value = text("yes" if value else "no", lang)
        rows.append((text("profile.must", lang, field=key), value if value not in (None, "") else none))
    for criterion in data.criteria:
        rows.append((text("profile.weight", lang, criterion=label(CRITERION_LABELS, criterion, lang)),
                     profile.weights.get(criterion, 0)))
    rows += [(text("profile.shortlist_size", lang), profile.shortlist_size),
             (text("profile.max_per_org", lang), profile.max_per_organisation),
             (text("profile.min_fit", lang), f"{round(100 * profile.min_capability_fit)} %")]
    for i, rule in enumerate(data.rules, start=1):
        rows.append((text("profile.quota", lang, number=i),
                     f"{rule.label} — {rule.describe(lang)} ({text(f'mode.{rule.mode}', lang)})"))
    rows += [(text("profile.catalog_version", lang), data.catalog_version or none),
             (text("profile.exported_at", lang), data.exported_at.strftime("%Y-%m-%d %H:%M")),
             (text("profile.vivier_version", lang), __version__),
             (text("profile.shortlist_id", lang), data.shortlist_id if data.shortlist_id is not None else none),
             (text("profile.counts", lang), f"{len(data.grid)} / {len(data.excluded)}")]
    columns = [Column(text("profile.field", lang), width=40), Column(text("profile.value", lang), width=90, wrap=True)]
    sheet = SheetWriter(wb, styles, text("sheet.profile", lang), columns, data_rows=len(rows), auto_filter=False)
    sheet.header()
    for name, value in rows:
        sheet.append([sheet.cell(name, "bold"), sheet.text(value, "wrap") if isinstance(value, str)
                      else sheet.cell(value)])


def write_metadata(wb, data: WorkbookData, *, shortlist_sheet: str) -> None:
    """The hidden sheet that tells :func:`catalog.workbook._decisions.import_decisions` this file is Vivier's."""
    ws = wb.create_sheet(METADATA_SHEET)
    ws.sheet_state = "hidden"
    for key, value in (("format", WORKBOOK_FORMAT), ("shortlist_id", data.shortlist_id),
                       ("shortlist_created_at", data.shortlist_created_at), ("language", data.language),
                       ("shortlist_sheet", shortlist_sheet), ("profile", data.profile.name),
                       ("catalog_version", data.catalog_version),
                       ("exported_at", data.exported_at.isoformat()), ("vivier_version", __version__)):
        cell_value = value
        if isinstance(value, str):
            cell_value = WriteOnlyCell(ws)
            set_text(cell_value, value)
        ws.append([key, cell_value])
