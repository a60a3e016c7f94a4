"""Shared set-up of the workbook tests: a small catalog with names that try formula injection,
a buyer profile with quota rules, and LibreOffice headless as an independent formula engine."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from catalog.buyer import rank_offerings
from catalog.quotas import build_shortlist, candidate_from_records
from tests.support.catalogs import MINI, SRC, offering, org

#: the OWASP formula-injection corpus of the issue, plus an error code openpyxl would otherwise store as an error
INJECTION = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\t=1", "#N/A"]


def injection_catalog() -> dict:
    """The mini catalog plus organisations named after the injection corpus, each with a translation offering."""
    content = copy.deepcopy(MINI)
    for i, name in enumerate(INJECTION):
        content["organisations"].append(org(f"inject-{i}", name, "FR", size_class=["micro", "small", "large"][i % 3],
                                            startup=[True, False, None][i % 3], eu_controlled=True))
        content["offerings"].append(offering(
            f"inject-offer-{i}", f"inject-{i}", name, kind="translation", caps=["machine-translation"],
            open_weights=i % 2 == 0, hosting_countries=["FR"],
            pricing={"model": "per_user_month", "amount_eur": 10.0 + 7 * i, "unit": "per user per month",
                     "note": None},
            estimated_amount_eur=None if i == 2 else 1000.0 * (i + 1)))
    content["offerings"].append(offering("far-away", "deepl", "Hosted elsewhere", kind="translation",
                                         caps=["machine-translation"], hosting_countries=["US"]))
    content["listings"].append({"id": "ugap--inject-offer-1", "marketplace_id": "ugap",
                                "offering_id": "inject-offer-1", "sources": SRC, "verified_on": "2026-06-15"})
    return content






def rank_and_shortlist(store, profile, taxonomy):
    """Vivier's ranking and its optimal compliant shortlist for ``profile``."""
    ranking = rank_offerings(store, profile, taxonomy=taxonomy)
    marketplaces = {m["id"]: m for m in store.records("marketplace")}
    listed: dict[str, list[str]] = {}
    for listing in store.records("listing"):
        listed.setdefault(listing["offering_id"], []).append(listing["marketplace_id"])
    candidates = [candidate_from_records(s.offering_record, s.organisation_record, s.score,
                                         marketplaces=marketplaces, listed_on=listed.get(s.offering_id, ()))
                  for s in ranking.ranked]
    shortlist = build_shortlist(candidates, profile.quota_rules, size=profile.shortlist_size,
                                max_per_organisation=profile.max_per_organisation)
    return ranking, shortlist


# ---------------------------------------------------------------- LibreOffice

RECALC_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def soffice_or_skip() -> str:
    """The soffice program; in CI its absence is a failure (the CI script installs it), elsewhere a skip."""
    program = shutil.which("soffice")
    if program is None:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail("LibreOffice (soffice) is not installed: CI must install libreoffice-calc-nogui")
        pytest.skip("LibreOffice (soffice) is not installed; apt-get install libreoffice-calc-nogui")
    return program


def recalculate(program: str, source: Path, workdir: Path, *, to: str = "xlsx:Calc MS Excel 2007 XML") -> Path:
    """Open ``source`` in LibreOffice with "always recalculate" and save it as ``to``; return the output file.

    A throw-away profile per call: concurrent instances sharing a profile block each other, and the
    default profile trusts cached values instead of recalculating.
    """
    profile = workdir / f"lo-profile-{source.stem}"
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_PROFILE, encoding="utf-8")
    out = workdir / f"lo-out-{source.stem}"
    out.mkdir(exist_ok=True)
    result = subprocess.run([program, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                             "--convert-to", to, "--outdir", str(out), str(source)],
                            capture_output=True, text=True, timeout=180)
    extension = to.split(":")[0]
    produced = out / f"{source.stem}.{extension}"
    # soffice exits 0 even when it could not load the file: the output file is the only proof
    assert produced.exists(), f"LibreOffice produced nothing (rc={result.returncode}): {result.stdout} {result.stderr}"
    return produced
