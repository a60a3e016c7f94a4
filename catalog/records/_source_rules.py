"""The rules a catalog record's sources and dates are held to (``vivier catalog check``).

- **Refused hosts** (``resources/sources.json``): mirrors of Wikipedia, AI-written encyclopaedias,
  staging sites, SEO rewrites, link aggregators. Citing one is a hard error for a shipped record and a
  warning for a record the user added.
- **Primary sources for legal and certification facts**: a qualification (SecNumCloud, HDS...) or an
  AI Act sandbox's legal status needs a source from the organisation itself (its website's domain) or
  an official body (the ``official_hosts`` of the same file); a record citing only others is flagged.
- **Dates against today**: an ``open`` programme whose every deadline has passed is a hard error; an
  ``announced`` or ``planned`` one whose deadlines have all passed, or not re-checked for a year, is
  flagged as probably out of date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from urllib.parse import urlsplit

from catalog.paths import resource_path

#: a record not re-checked for this long is reported as stale
STALE_AFTER = timedelta(days=365)
#: certification statuses that assert a fact a buyer relies on (``claimed`` is the vendor's own word)
ASSERTED_STATUSES = frozenset({"qualified", "in_qualification"})


@dataclass(frozen=True)
class SourceRules:
    refused_hosts: frozenset[str]
    official_hosts: frozenset[str]

    def refused(self, url: str) -> bool:
        return _matches(host_of(url), self.refused_hosts)

    def official(self, url: str) -> bool:
        return _matches(host_of(url), self.official_hosts)


@lru_cache(maxsize=1)
def shipped_source_rules() -> SourceRules:
    data = json.loads(resource_path("sources.json").read_text(encoding="utf-8"))
    return SourceRules(frozenset(data["refused_hosts"]), frozenset(data["official_hosts"]))


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def _matches(host: str, hosts: frozenset[str]) -> bool:
    """Whether ``host`` is one of ``hosts`` or a subdomain of one."""
    parts = host.split(".")
    return any(".".join(parts[i:]) in hosts for i in range(len(parts) - 1))


def cited_urls(kind: str, record: dict) -> list[str]:
    """Every URL a record cites: its sources, its price page, the sources of its conflicts."""
    urls = [s["url"] for s in record.get("sources") or []]
    if kind == "offering" and (record.get("pricing") or {}).get("source"):
        urls.append(record["pricing"]["source"])
    for conflict in record.get("conflicts") or []:
        urls.extend(conflict.get("sources") or [])
    return urls


def refused_citations(kind: str, record: dict, rules: SourceRules) -> list[str]:
    return [url for url in cited_urls(kind, record) if rules.refused(url)]


def legal_facts(kind: str, record: dict) -> list[str]:
    """The legal or certification facts a record asserts, in words for the report."""
    if kind == "offering":
        return [f"{c['name']} {c['status']}" for c in record.get("certifications") or []
                if c["status"] in ASSERTED_STATUSES]
    if kind == "programme" and record.get("is_ai_act_sandbox") is not None:
        return [f"is_ai_act_sandbox {str(record['is_ai_act_sandbox']).lower()}"]
    return []


def lacks_primary_source(kind: str, record: dict, own_host: str | None, rules: SourceRules) -> list[str]:
    """The legal facts of ``record`` that no primary source backs (empty when it has one)."""
    facts = legal_facts(kind, record)
    if not facts:
        return []
    own = frozenset({own_host}) if own_host else frozenset()
    for url in cited_urls(kind, record):
        if rules.official(url) or (own and _matches(host_of(url), own)):
            return []
    return facts


def deadline_problem(record: dict, today: date) -> str | None:
    """``"past"`` for an open programme whose deadlines have all passed, ``"dated"`` for an announced or
    planned one that is probably out of date, ``None`` otherwise."""
    status = record.get("status")
    dates = [date.fromisoformat(d["date"]) for d in record.get("deadlines") or []]
    all_past = bool(dates) and max(dates) < today
    if status == "open" and all_past:
        return "past"
    if status in ("announced", "planned"):
        verified = record.get("verified_on")
        if all_past or verified is None or date.fromisoformat(verified) < today - STALE_AFTER:
            return "dated"
    return None
