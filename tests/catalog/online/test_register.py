"""catalog.online._register against loopback servers answering like the two documented APIs."""

import hashlib
import time

import pytest

import catalog.online._secrets as secrets
from catalog.errors import RecordNotFound, UserInputError
from catalog.online import (
    INSEE,
    LIMITERS,
    RECHERCHE,
    NetworkError,
    RateLimiter,
    RegisterEndpoints,
    compatible_classes,
    set_insee_key,
    size_checks,
    verify_size,
)
from catalog.records import validate_record
from tests.support import latest_size_check
from tests.support.catalogs import org
from tests.support.localserver import Reply

SIREN = "832146237"
INSEE_API_KEY = "insee-KEY-0b9e"


def recherche_result(**overrides):
    """One result as the API Recherche d'entreprises documents it (fields Vivier does not read included)."""
    result = {
        "siren": SIREN, "nom_complet": "HYPERLEX", "nom_raison_sociale": "HYPERLEX", "sigle": None,
        "nombre_etablissements": 1, "nombre_etablissements_ouverts": 1,
        "siege": {"siret": SIREN + "00036", "code_postal": "75002", "libelle_commune": "PARIS"},
        "activite_principale": "62.01Z", "categorie_entreprise": "PME", "annee_categorie_entreprise": "2022",
        "caractere_employeur": "O", "date_creation": "2017-09-01", "date_mise_a_jour": "2026-10-01T04:12:00",
        "etat_administratif": "A", "nature_juridique": "5710", "section_activite_principale": "J",
        "tranche_effectif_salarie": "12", "annee_tranche_effectif_salarie": "2022", "statut_diffusion": "O",
        "matching_etablissements": [], "finances": {}, "complements": {}, "dirigeants": [],
    }
    result.update(overrides)
    return result


def recherche_page(*results):
    return {"results": list(results), "total_results": len(results), "page": 1, "per_page": 5,
            "total_pages": 1 if results else 0}


def insee_unit(**overrides):
    """The INSEE API Sirene 3.11 answer to GET /siren/{siren}."""
    unit = {
        "siren": SIREN, "statutDiffusionUniteLegale": "O", "dateCreationUniteLegale": "2017-09-01",
        "trancheEffectifsUniteLegale": "12", "anneeEffectifsUniteLegale": "2022", "categorieEntreprise": "PME",
        "anneeCategorieEntreprise": "2022", "dateDernierTraitementUniteLegale": "2026-10-01T04:12:00",
        "periodesUniteLegale": [{"dateFin": None, "dateDebut": "2017-09-01", "etatAdministratifUniteLegale": "A",
                                 "denominationUniteLegale": "HYPERLEX", "nomUniteLegale": None,
                                 "categorieJuridiqueUniteLegale": "5710", "activitePrincipaleUniteLegale": "62.01Z"}],
    }
    unit.update(overrides)
    return {"header": {"statut": 200, "message": "ok"}, "uniteLegale": unit}


@pytest.fixture
def catalog(mini_store):
    record, problems = validate_record("organisation", org("hyperlex", "Hyperlex", hq_city="Paris", size_class="small",
                                                           identifiers={"siren": SIREN}))
    assert problems == []
    mini_store.put("organisation", record, origin="shipped")
    return mini_store


@pytest.fixture
def register(http_server):
    """Both APIs on one loopback server; ``state`` holds what they answer."""
    state = {"recherche": Reply.json(recherche_page(recherche_result())),
             "insee": Reply.json(insee_unit())}
    http_server.routes["/recherche/search"] = lambda request: state["recherche"]
    http_server.routes[f"/insee/siren/{SIREN}"] = lambda request: state["insee"]
    state["endpoints"] = RegisterEndpoints(recherche=http_server.url("/recherche"), insee=http_server.url("/insee"))
    return state


def check(workspace, catalog, register, org_id="hyperlex", **kw):
    return verify_size(workspace, catalog, org_id, endpoints=register["endpoints"], limiter=RateLimiter(100, 1.0),
                       **kw)


def catalog_bytes(store):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(store.path.parent.glob("catalog.db*")) if not p.name.endswith("-shm")}


@pytest.mark.parametrize("category, band, expected", [
    ("PME", "12", ("small", "medium")),  # 20-49 staff in the legal unit: at least small
    ("PME", "01", ("micro", "small", "medium")),
    ("PME", "NN", ("micro", "small", "medium")),
    ("PME", None, ("micro", "small", "medium")),
    ("PME", "32", ("micro", "small", "medium")),  # the band contradicts the category: the category wins
    ("ETI", "22", ("midcap", "large")),
    ("ETI", "52", ("large",)),
    ("GE", None, ("large",)),
    (None, "21", ("medium", "midcap", "large")),
    (None, "00", ("micro", "small", "medium", "midcap", "large")),
    (None, None, None),
    ("[ND]", "NN", None),
])
def test_register_facts_to_size_classes(category, band, expected):
    assert compatible_classes(category, band) == expected


def test_consistent_size_is_stored_as_a_sourced_dated_fact(workspace, catalog, register, http_server):
    before = catalog_bytes(catalog)
    result = check(workspace, catalog, register)
    assert result.to_json() == {
        "organisation_id": "hyperlex", "organisation_name": "Hyperlex", "siren": SIREN, "source": RECHERCHE,
        "source_title": "API Recherche d'entreprises (annuaire-entreprises.data.gouv.fr), INSEE Sirene data",
        "source_url": http_server.url(f"/recherche/search?q={SIREN}&page=1&per_page=5"),
        "page_url": f"https://annuaire-entreprises.data.gouv.fr/entreprise/{SIREN}",
        "checked_at": result.checked_at, "catalog_size_class": "small", "register_name": "HYPERLEX",
        "category": "PME", "category_year": "2022", "headcount_band": "12", "headcount_label": "20-49 employees",
        "headcount_year": "2022", "active": True, "compatible": ["small", "medium"], "verdict": "consistent",
        "message": "the catalog's size class 'small' agrees with the register (small, medium).", "id": 1,
    }
    assert [s.path for s in http_server.seen] == [f"/recherche/search?q={SIREN}&page=1&per_page=5"]
    assert size_checks(workspace, "hyperlex") == [result]
    assert latest_size_check(workspace, "hyperlex") == result
    assert catalog_bytes(catalog) == before  # the catalog is read, never written


def test_a_mismatch_is_flagged_and_the_catalog_is_not_changed(workspace, catalog, register):
    register["recherche"] = Reply.json(recherche_page(recherche_result(categorie_entreprise="ETI",
                                                                       tranche_effectif_salarie="32")))
    result = check(workspace, catalog, register)
    assert (result.verdict, result.compatible) == ("mismatch", ("midcap", "large"))
    assert result.message == ("the catalog says 'small' but the register suggests midcap, large; the catalog was "
                              "not changed: review the size class and its source.")
    assert catalog.get("hyperlex")[1]["size_class"] == "small"
    assert workspace.size_checks("hyperlex")[0]["verdict"] == "mismatch"


def test_not_found_inconclusive_and_ceased(workspace, catalog, register):
    register["recherche"] = Reply.json(recherche_page(recherche_result(siren="999999999")))
    assert check(workspace, catalog, register).verdict == "not_found"
    register["recherche"] = Reply.json(recherche_page(recherche_result(categorie_entreprise=None,
                                                                       tranche_effectif_salarie="NN")))
    result = check(workspace, catalog, register)
    assert (result.verdict, result.message) == ("inconclusive",
                                                "the register gives neither a company category nor a staff band.")
    register["recherche"] = Reply.json(recherche_page(recherche_result(etat_administratif="C")))
    result = check(workspace, catalog, register)
    assert (result.verdict, result.active) == ("consistent", False)
    assert result.message.endswith("The register says this company has ceased trading.")
    assert [c.verdict for c in size_checks(workspace, "hyperlex")] == ["not_found", "inconclusive", "consistent"]


def test_insee_source_sends_the_key_from_the_keychain_and_never_stores_it(workspace, catalog, register,
                                                                          http_server, memory_keyring, tmp_path):
    assert set_insee_key(INSEE_API_KEY).remembered is True
    register["insee"] = Reply.json(insee_unit(categorieEntreprise="GE", trancheEffectifsUniteLegale="53"))
    result = check(workspace, catalog, register, source=INSEE)
    assert (result.source, result.register_name, result.verdict, result.compatible) == (
        INSEE, "HYPERLEX", "mismatch", ("large",))
    assert result.source_url == http_server.url(f"/insee/siren/{SIREN}")
    assert http_server.seen[-1].headers["x-insee-api-key-integration"] == INSEE_API_KEY
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert INSEE_API_KEY.encode() not in path.read_bytes(), path


def test_insee_refusals_and_unknown_siren(workspace, catalog, register, http_server):
    with pytest.raises(UserInputError) as info:
        check(workspace, catalog, register, source=INSEE)
    assert str(info.value) == ("no INSEE API key is remembered; give it with: vivier verify-size hyperlex "
                               "--source insee-sirene --insee-key-stdin")
    set_insee_key(INSEE_API_KEY)
    register["insee"] = Reply.json({"fault": {"code": 900901, "message": "Invalid Credentials"}}, status=401)
    with pytest.raises(NetworkError) as info:
        check(workspace, catalog, register, source=INSEE)
    assert (info.value.kind, str(info.value)) == ("token_refused", (
        f"the INSEE Sirene API at {http_server.url(f'/insee/siren/{SIREN}')}: token refused (HTTP 401); check the "
        "INSEE API key (vivier verify-size --insee-key-stdin)"))
    assert INSEE_API_KEY not in str(info.value)
    register["insee"] = Reply.json({"header": {"statut": 404, "message": "Aucun élément trouvé pour le siren"}},
                                   status=404)
    assert check(workspace, catalog, register, source=INSEE).verdict == "not_found"
    assert [c["verdict"] for c in workspace.size_checks()] == ["not_found"]


def test_hidden_insee_values_are_unknown(workspace, catalog, register):
    set_insee_key(INSEE_API_KEY)
    register["insee"] = Reply.json(insee_unit(categorieEntreprise="[ND]", trancheEffectifsUniteLegale="[ND]"))
    assert check(workspace, catalog, register, source=INSEE).verdict == "inconclusive"


@pytest.mark.parametrize("reply, kind, message", [
    (Reply.json({"erreur": "x"}), "malformed",
     "the company register (API Recherche d'entreprises) answered without a 'results' list; nothing was stored"),
    (Reply(200, b"<html>"), "malformed",
     "the company register (API Recherche d'entreprises) answered something that is not JSON; nothing was stored"),
    (Reply(429, b"", {"Retry-After": "1"}), "rate_limited",
     "the company register (API Recherche d'entreprises) at {base}/recherche/search: too many requests (HTTP 429); "
     "try again in 1 seconds"),
    (Reply(502, b""), "server_error",
     "the company register (API Recherche d'entreprises) at {base}/recherche/search: the server failed (HTTP 502); "
     "try again later, nothing was changed"),
    (Reply(200, b"x" * (1024 * 1024 + 1)), "too_large",
     "the company register (API Recherche d'entreprises) at {base}/recherche/search is too large (1,048,577 bytes; "
     "the limit is 1,048,576); nothing was downloaded"),
])
def test_register_failures_store_nothing(workspace, catalog, register, http_server, reply, kind, message):
    register["recherche"] = reply
    with pytest.raises(NetworkError) as info:
        check(workspace, catalog, register)
    assert (info.value.kind, str(info.value)) == (kind, message.format(base=http_server.base))
    assert workspace.size_checks() == []


def test_offline_and_dns_failures(workspace, catalog):
    from tests.support.localserver import closed_port_url

    for base, kind in ((closed_port_url(""), "offline"), ("https://register.invalid", "dns")):
        with pytest.raises(NetworkError) as info:
            verify_size(workspace, catalog, "hyperlex", endpoints=RegisterEndpoints(recherche=base),
                        limiter=RateLimiter(100, 1.0), timeout=5)
        assert info.value.kind == kind
    assert workspace.size_checks() == []


@pytest.mark.parametrize("org_id, error, message", [
    ("mistral-ai", UserInputError, "the organisation 'mistral-ai' has no SIREN in the catalog (field "
                                   "identifiers.siren); the French company register can only be asked by SIREN"),
    ("deepl-pro", UserInputError, "'deepl-pro' is not an organisation (it is an offering); size checks are for organisations"),
    ("nope", RecordNotFound, "no catalog record has the id 'nope'"),
])
def test_what_cannot_be_checked(workspace, catalog, register, http_server, org_id, error, message):
    with pytest.raises(error) as info:
        check(workspace, catalog, register, org_id=org_id)
    assert str(info.value) == message
    assert http_server.seen == []


def test_unknown_source(workspace, catalog, register):
    with pytest.raises(UserInputError, match="^unknown register source 'kbis'; use recherche-entreprises or "
                                             "insee-sirene$"):
        check(workspace, catalog, register, source="kbis")


def test_rate_limiter_waits_for_the_window():
    now = [100.0]
    waits = []

    def sleep(seconds):
        waits.append(round(seconds, 3))
        now[0] += seconds

    limiter = RateLimiter(2, 1.0, clock=lambda: now[0], sleep=sleep)
    assert [limiter.wait(), limiter.wait()] == [0.0, 0.0]
    now[0] += 0.25
    assert round(limiter.wait(), 3) == 0.75  # the third call in the same second waits for the first to expire
    now[0] += 2.0
    assert limiter.wait() == 0.0
    assert waits == [0.75]


def test_published_limits_and_real_spacing(workspace, catalog, register):
    assert (LIMITERS[RECHERCHE].calls, LIMITERS[RECHERCHE].per) == (7, 1.0)
    assert (LIMITERS[INSEE].calls, LIMITERS[INSEE].per) == (30, 60.0)
    limiter = RateLimiter(2, 0.3)
    start = time.monotonic()
    for _ in range(3):
        verify_size(workspace, catalog, "hyperlex", endpoints=register["endpoints"], limiter=limiter)
    assert time.monotonic() - start >= 0.3


def test_a_keychain_less_session_still_checks_with_insee(workspace, catalog, register):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    saved = set_insee_key(INSEE_API_KEY)
    assert (saved.remembered, saved.message) == (False, secrets.NOT_REMEMBERED)
    assert check(workspace, catalog, register, source=INSEE).verdict == "consistent"
