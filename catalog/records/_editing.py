"""Adding and editing one catalog record by hand: the form description and the validated save.

Front ends build their record form from :func:`form_fields` (one :class:`FormField` per schema field,
saying which editor suits it), turn the form back into a record with :func:`record_from_form`, and
write it with :func:`save_record`, which validates it exactly like an import (fields, references,
taxonomy terms) and writes nothing when anything is wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from catalog.errors import Problem, ValidationError

from ._schema import (
    FIELDS,
    MARKETPLACE_KINDS,
    OFFERING_KINDS,
    PROGRAMME_KINDS,
    PROGRAMME_STATUSES,
    SIZE_CLASSES,
    validate_record,
)
from ._store import CatalogStore
from ._taxonomy import Taxonomy, shipped_taxonomy

#: origin of a record created by hand (shipped records keep "shipped" when edited)
USER_ORIGIN = "user"

#: fields holding ``{"fr": ..., "en": ...}`` text
BILINGUAL = frozenset({"description", "control_note", "buyer_effect", "note"})
#: list fields whose items are plain words or codes, edited as comma-separated text
WORD_LISTS = frozenset({"aliases", "capabilities", "languages", "deployment_modes", "hosting_countries",
                        "countries", "sectors", "partners", "unverified"})
#: closed vocabularies offered as a choice
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("organisation", "size_class"): SIZE_CLASSES,
    ("offering", "kind"): OFFERING_KINDS,
    ("marketplace", "kind"): MARKETPLACE_KINDS,
    ("programme", "kind"): PROGRAMME_KINDS,
    ("programme", "status"): PROGRAMME_STATUSES,
}


@dataclass(frozen=True)
class FormField:
    """How to edit one field: ``editor`` is text, bilingual, bool, int, number, choice, words or json."""

    name: str
    editor: str
    required: bool
    choices: tuple[str, ...] = ()


def form_fields(kind: str) -> list[FormField]:
    """The fields of a record ``kind`` in schema order, each with the editor that suits it."""
    out = []
    for f in FIELDS[kind]:
        scalar = getattr(f.check, "scalar", None)
        if (kind, f.name) in CHOICES:
            editor = "choice"
        elif f.name in BILINGUAL:
            editor = "bilingual"
        elif f.name in WORD_LISTS:
            editor = "words"
        elif scalar == "bool":
            editor = "bool"
        elif scalar in ("int", "number"):
            editor = scalar
        elif scalar == "str":
            editor = "text"
        else:
            editor = "json"
        out.append(FormField(f.name, editor, f.required, CHOICES.get((kind, f.name), ())))
    return out


def form_values(kind: str, record: dict) -> dict[str, Any]:
    """The form's starting values for an existing record (JSON text for ``json`` fields)."""
    values: dict[str, Any] = {}
    for spec in form_fields(kind):
        value = record.get(spec.name)
        if spec.editor == "json":
            values[spec.name] = "" if value in (None, []) else json.dumps(value, ensure_ascii=False, indent=1)
        else:
            values[spec.name] = value
    return values


def record_from_form(kind: str, values: dict[str, Any]) -> tuple[dict, list[Problem]]:
    """Turn form values into a raw record: empty text and lists become "unknown", JSON text is parsed.

    Returns the record and the problems found while reading JSON fields (named by field).
    """
    record: dict[str, Any] = {}
    problems: list[Problem] = []
    for spec in form_fields(kind):
        value = values.get(spec.name)
        if isinstance(value, str):
            value = value.strip()
        if value in (None, "", []):
            continue
        if spec.editor == "words":
            items = value if isinstance(value, list) else [w.strip() for w in str(value).split(",")]
            items = [w for w in items if w]
            if items:
                record[spec.name] = items
        elif spec.editor == "bilingual":
            if any((value.get(lang) or "").strip() for lang in ("fr", "en")):
                record[spec.name] = {lang: (value.get(lang) or "").strip() for lang in ("fr", "en")}
        elif spec.editor == "json":
            try:
                record[spec.name] = json.loads(value)
            except json.JSONDecodeError as e:
                problems.append(Problem(f"is not valid JSON (line {e.lineno}, column {e.colno}: {e.msg})",
                                        field=spec.name, record_id=values.get("id") or None))
        else:
            record[spec.name] = value
    return record, problems


def _reference_problems(store: CatalogStore, kind: str, record: dict, taxonomy: Taxonomy) -> list[Problem]:
    rid = record["id"]
    problems = []
    refs = {"offering": [("organisation_id", "organisation")],
            "listing": [("marketplace_id", "marketplace"), ("offering_id", "offering")]}.get(kind, [])
    for fname, ref_kind in refs:
        found = store.find(record[fname])
        if found is None or found[0] != ref_kind:
            problems.append(Problem(f"refers to the {ref_kind} {record[fname]!r}, which is not in the catalog",
                                    field=fname, record_id=rid))
    vocabularies = []
    if kind == "offering":
        vocabularies.append(("capabilities", taxonomy.capabilities, record["capabilities"]))
    if kind == "programme":
        vocabularies.append(("sectors", taxonomy.sectors, record["sectors"]))
        vocabularies.append(("eligibility.sectors", taxonomy.sectors, record["eligibility"]["sectors"]))
    for fname, vocabulary, values in vocabularies:
        unknown = [v for v in values if v not in vocabulary]
        if unknown:
            problems.append(Problem(f"unknown term(s) {', '.join(map(repr, unknown))} (not in the taxonomy)",
                                    field=fname, record_id=rid))
    return problems


def _a(kind: str) -> str:
    return ("an " if kind[0] in "aeiou" else "a ") + kind


def save_record(store: CatalogStore, kind: str, record: dict, *, replaces: str | None = None,
                taxonomy: Taxonomy | None = None) -> dict:
    """Validate ``record`` of ``kind`` and write it; return the canonical record.

    ``replaces`` is the id of the record being edited (``None`` to add a new one); an edit may not
    change the id. A new record gets the origin ``"user"``; an edited shipped record is marked as
    edited by the user, so later shipped catalogs do not overwrite it. Raises :class:`ValidationError`
    listing every problem; nothing is written then.
    """
    taxonomy = taxonomy or shipped_taxonomy()
    canonical, problems = validate_record(kind, record)
    if canonical is None:
        raise ValidationError(problems, summary="the record was not saved")
    rid = canonical["id"]
    existing = store.find(rid)
    if replaces is None and existing is not None:
        problems.append(Problem(f"the id {rid!r} is already used by {_a(existing[0])}", field="id", record_id=rid))
    if replaces is not None and replaces != rid:
        problems.append(Problem(f"the id cannot change (it was {replaces!r})", field="id", record_id=rid))
    if replaces is not None and existing is not None and existing[0] != kind:
        problems.append(Problem(f"the record {rid!r} is {_a(existing[0])}, not {_a(kind)}", record_id=rid))
    problems.extend(_reference_problems(store, kind, canonical, taxonomy))
    if problems:
        raise ValidationError(problems, summary="the record was not saved")
    info = store.info(rid)
    with store.transaction():
        if info is None:
            store.put(kind, canonical, origin=USER_ORIGIN)
        elif existing[1] != canonical:
            store.put(kind, canonical, origin=info["origin"], shipped_hash=info["shipped_hash"], user_edited=True)
    return canonical


__all__ = ["FormField", "USER_ORIGIN", "form_fields", "form_values", "record_from_form", "save_record"]
