"""User-readable errors of the catalog core.

Every error Vivier shows a person is a :class:`CatalogError`. Its message names what is wrong and
where (file, row, field); structured fields let the desktop and the command line present it.
Library errors (sqlite3, openpyxl, json) are re-raised as these with ``raise ... from e``.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class CatalogError(Exception):
    """Base class of every error a user may see.

    ``exit_status`` is what the command line returns: 2 for bad usage or input, 1 otherwise.
    """

    exit_status = 1

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UserInputError(CatalogError):
    """The user gave something unusable: a file, a profile, an argument."""

    exit_status = 2


@dataclass(frozen=True)
class Problem:
    """One problem found while validating input: where it is and what is wrong."""

    message: str
    file: str | None = None
    row: int | None = None
    field: str | None = None
    record_id: str | None = None

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.record_id:
            where.append(f"record {self.record_id!r}")
        if self.field:
            where.append(f"field {self.field!r}")
        return (", ".join(where) + ": " if where else "") + self.message


class ValidationError(UserInputError):
    """Input failed validation; ``problems`` lists every problem found (not only the first)."""

    #: how many problems the message lists before summarising the rest
    MESSAGE_LIMIT = 20

    def __init__(self, problems: list[Problem], *, summary: str = "invalid input"):
        self.problems = list(problems)
        shown = [str(p) for p in self.problems[: self.MESSAGE_LIMIT]]
        more = len(self.problems) - len(shown)
        if more > 0:
            shown.append(f"... and {more} more problem(s)")
        count = len(self.problems)
        head = f"{summary}: {count} problem{'s' if count != 1 else ''}"
        super().__init__(head + "\n  " + "\n  ".join(shown))


class FileFormatError(UserInputError):
    """A file could not be read at all (truncated, not UTF-8, not JSON, wrong schema)."""


class RecordNotFound(UserInputError):
    """No record has the id the user asked for."""

    def __init__(self, record_id: str):
        super().__init__(f"no catalog record has the id {record_id!r}")
        self.record_id = record_id


class DatabaseError(CatalogError):
    """A database could not be opened or used."""


class CorruptDatabase(DatabaseError):
    """The file is not a usable SQLite database. The catalog can be rebuilt from the shipped one."""

    def __init__(self, path, detail: str = ""):
        super().__init__(
            f"the database {path} is damaged or is not a Vivier database"
            + (f" ({detail})" if detail else "")
            + ". The catalog can be rebuilt from the shipped catalog (vivier catalog rebuild)."
        )
        self.path = path


class NewerSchemaError(DatabaseError):
    """The database was written by a newer Vivier; it is left untouched."""

    def __init__(self, path, found: int, supported: int):
        super().__init__(
            f"the database {path} was created by a newer version of Vivier (schema {found}, this version "
            f"knows up to {supported}). It was not opened and nothing was changed: update Vivier."
        )
        self.path, self.found, self.supported = path, found, supported


class DataFolderError(CatalogError):
    """The data folder cannot be created or written."""

    exit_status = 2


@dataclass
class Warnings:
    """Non-fatal findings collected during an operation (e.g. probable duplicates on import)."""

    items: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        self.items.append(message)
