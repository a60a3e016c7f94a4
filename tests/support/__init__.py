"""Helpers only the tests need: looks into the workspace and the session memory that the app never takes."""

from __future__ import annotations

import catalog.online._secrets as _secrets
from catalog.online import size_checks


def shortlist_history(workspace, shortlist_id: int) -> list[dict]:
    """The audit entries of one saved shortlist, oldest first (who, when, what)."""
    return workspace.audit_entries(f"shortlist:{shortlist_id}")


def latest_size_check(workspace, organisation_id: str):
    """The newest register check of ``organisation_id``, or None."""
    checks = size_checks(workspace, organisation_id)
    return checks[-1] if checks else None


def forget_session_secrets() -> None:
    """Drop every secret kept in memory, as quitting the app does."""
    _secrets._session.clear()
