"""The source and date rules of ``vivier catalog check``: refused hosts, primary sources, deadlines."""

import copy
from datetime import date

from catalog.records import check_catalog
from catalog.records._source_rules import SourceRules, host_of, shipped_source_rules
from tests.support.catalogs import MINI, make_store

TODAY = date(2026, 12, 3)
WIKI = {"url": "https://fr.m.wikipedia.org/wiki/Mistral_AI", "title": "Mistral AI — Wikipédia", "seen_on": "2026-12-01"}
PRESS = {"url": "https://www.lemagit.fr/actualites/x", "title": "LeMagIT", "seen_on": "2026-12-01"}


def _content(**changes):
    content = copy.deepcopy(MINI)
    for plural, (index, fields) in changes.items():
        content[plural][index].update(fields)
    return content


def _report(tmp_path=None, **changes):
    content = _content(**changes)
    store = make_store(tmp_path, **content) if tmp_path else make_store(**content)
    with store:
        return check_catalog(store, today=TODAY)


def test_hosts_match_themselves_and_their_subdomains_only():
    rules = SourceRules(frozenset({"wikipedia.org"}), frozenset({"gouv.fr", "europa.eu"}))
    assert [rules.refused(u) for u in ("https://fr.wikipedia.org/wiki/X", "https://wikipedia.org/",
                                       "https://notwikipedia.org/", "https://wikipedia.org.example.com/")] == [
        True, True, False, False]
    assert [rules.official(u) for u in ("https://www.legifrance.gouv.fr/jorf/id/1", "https://eur-lex.europa.eu/x",
                                        "https://gouv.fr.example.com/", "https://example.com/gouv.fr")] == [
        True, True, False, False]
    assert host_of("https://WWW.Mistral.AI/pricing") == "mistral.ai"


def test_the_shipped_rules_refuse_the_known_mirrors_and_accept_official_bodies():
    rules = shipped_source_rules()
    assert {"wikipedia.org", "grokipedia.com", "scribd.com"} <= rules.refused_hosts
    assert rules.official("https://cyber.gouv.fr/produits-certifies") and rules.official("https://eur-lex.europa.eu/")
    assert not rules.refused("https://mistral.ai/news") and not rules.official("https://mistral.ai/news")


def test_a_shipped_record_citing_a_refused_host_is_a_hard_error(tmp_path):
    report = _report(tmp_path, organisations=(0, {"sources": [PRESS, WIKI]}))
    assert report.refused_sources == ["mistral-ai: https://fr.m.wikipedia.org/wiki/Mistral_AI"]
    assert (report.refused_sources_added, report.hard_errors) == ([], 1)


def test_a_record_the_user_added_citing_one_is_a_warning():
    report = _report(offerings=(1, {"pricing": {"model": "per_character", "amount": 20, "currency": "EUR",
                                                "unit": "million_characters", "seen_on": "2026-12-01",
                                                "source": "https://en.wikipedia.org/wiki/DeepL"}}))
    assert report.refused_sources_added == ["deepl-pro: https://en.wikipedia.org/wiki/DeepL"]
    assert (report.refused_sources, report.hard_errors) == ([], 0)


def test_a_qualification_needs_the_vendor_or_an_official_body_behind_it():
    snc = {"certifications": [{"name": "SecNumCloud", "status": "qualified", "scope": None},
                              {"name": "ISO 27001", "status": "claimed", "scope": None}]}
    press_only = _report(organisations=(0, {"website": "https://mistral.ai"}),
                         offerings=(0, {**snc, "sources": [PRESS]}))
    assert press_only.secondary_only == ["mistral-large: SecNumCloud qualified"]
    assert press_only.hard_errors == 0
    own_site = _report(organisations=(0, {"website": "https://www.mistral.ai/"}),
                       offerings=(0, {**snc, "sources": [PRESS, {**PRESS, "url": "https://docs.mistral.ai/trust"}]}))
    anssi = _report(offerings=(0, {**snc, "sources": [{**PRESS, "url": "https://cyber.gouv.fr/produits-certifies"}]}))
    assert (own_site.secondary_only, anssi.secondary_only) == ([], [])


def test_an_open_call_past_its_last_deadline_is_a_hard_error():
    deadlines = [{"date": "2026-06-23", "label": {"fr": "Clôture", "en": "Closing"}},
                 {"date": "2026-03-01", "label": {"fr": "Ouverture", "en": "Opening"}}]
    past = _report(programmes=(0, {"status": "open", "deadlines": deadlines}))
    assert past.open_past_deadline == ["agrifoodtef: open, but its last deadline was 2026-06-23"]
    assert past.hard_errors == 1
    ahead = _report(programmes=(0, {"status": "open", "deadlines": [{**deadlines[0], "date": "2027-01-15"}]}))
    assert (ahead.open_past_deadline, ahead.hard_errors) == ([], 0)


def test_an_announcement_overtaken_by_its_dates_or_a_year_old_is_flagged():
    overtaken = _report(programmes=(0, {"status": "announced", "verified_on": "2026-11-30", "deadlines": [
        {"date": "2026-09-01", "label": {"fr": "Lancement prévu", "en": "Planned launch"}}]}))
    year_old = _report(programmes=(0, {"status": "planned", "verified_on": "2025-11-01"}))
    recent = _report(programmes=(0, {"status": "planned", "verified_on": "2026-11-01"}))
    assert overtaken.dated_announcements == ["agrifoodtef: announced as of 2026-11-30"]
    assert (year_old.dated_announcements, year_old.stale) == (["agrifoodtef: planned as of 2025-11-01"],
                                                              ["agrifoodtef"])
    assert recent.dated_announcements == [] and 0 == overtaken.hard_errors == year_old.hard_errors
