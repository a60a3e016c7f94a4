"""``vivier feeds ...`` and ``vivier verify-size`` run in-process, against loopback servers."""

import io
import json

import pytest

import catalog.online._register
from catalog.online import RegisterEndpoints
from catalog.records import validate_record
from catalog.session import open_session
from desktop.cli import main
from tests.support import forget_session_secrets
from tests.support.catalogs import offering, org
from tests.support.localserver import Reply

TOKEN = "cli-TOKEN-5d1e"
SIREN = "552100554"


def run(capsys, *argv, stdin=None, monkeypatch=None):
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def feed_doc(size="small"):
    return {"schema": "vivier.catalog/1", "version": "2026.2",
            "organisations": [org("feedco-ai", "FeedCo AI", hq_city="Nantes", size_class=size)],
            "offerings": [offering("feedco-assistant", "feedco-ai", "FeedCo Assistant", kind="assistant")]}


@pytest.fixture
def served(http_server):
    state = {"doc": feed_doc()}
    http_server.routes["/catalog.json"] = lambda request: (
        Reply.json(state["doc"]) if request.headers.get("authorization") == f"Bearer {TOKEN}" else Reply(401))
    state["url"] = http_server.url("/catalog.json")
    return state


def test_feeds_add_list_update_remove(capsys, monkeypatch, served, data_dir, memory_keyring):
    status, out, err = run(capsys, "feeds", "add", "hub", served["url"], "--token-stdin", stdin=TOKEN + "\n",
                           monkeypatch=monkeypatch)
    assert (status, err) == (0, "")
    assert out == (f"feed 'hub' added: {served['url']} (run 'vivier feeds update hub' to download)\n"
                   "token kept in the system keychain\n")
    status, out, _ = run(capsys, "feeds", "list", "--json")
    [feed] = json.loads(out)["feeds"]
    assert (feed["name"], feed["token"], feed["records"], feed["checked_at"]) == ("hub", "keychain", 0, None)

    status, out, err = run(capsys, "feeds", "update", "hub", "--dry-run")
    assert (status, err) == (0, "")
    assert out == ("feed 'hub': 2 added, 0 changed, 0 removed, 0 conflict(s)\n"
                   "  organisation\n    + feedco-ai  FeedCo AI\n"
                   "  offering\n    + feedco-assistant  FeedCo Assistant\n"
                   "  dry run: nothing was changed\n")
    status, out, _ = run(capsys, "feeds", "update", "--json")
    result = json.loads(out)
    assert result["feeds"][0]["applied"]["added"] == ["feedco-ai", "feedco-assistant"]

    served["doc"] = feed_doc(size="medium")
    status, out, _ = run(capsys, "feeds", "update", "hub")
    assert out == ("feed 'hub': 0 added, 1 changed, 0 removed, 0 conflict(s)\n"
                   "  organisation\n    ~ feedco-ai  FeedCo AI\n        size_class: 'small' -> 'medium'\n"
                   "  applied: 0 added, 1 changed, 0 removed, 0 conflict(s) resolved with the feed's version, "
                   "0 kept as you edited them\n")
    with open_session(data_dir) as session:
        assert session.catalog.info("feedco-ai")["origin"] == "feed:hub"

    status, out, err = run(capsys, "feeds", "remove", "hub")
    assert (status, out, err) == (0, "feed 'hub' removed; the records it brought stay in the catalog\n", "")
    assert memory_keyring.entries == {}
    for path in data_dir.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_conflict_is_shown_and_taken_only_on_request(capsys, monkeypatch, served, data_dir):
    run(capsys, "feeds", "add", "hub", served["url"], "--token-stdin", stdin=TOKEN, monkeypatch=monkeypatch)
    run(capsys, "feeds", "update", "hub")
    with open_session(data_dir) as session:  # the user edits the record in the app
        kind, record = session.catalog.get("feedco-ai")
        session.catalog.put(kind, {**record, "hq_city": "Rennes"}, origin="feed:hub",
                            shipped_hash=session.catalog.info("feedco-ai")["shipped_hash"], user_edited=True)
    served["doc"] = feed_doc(size="medium")
    status, out, _ = run(capsys, "feeds", "update", "hub")
    assert out == ("feed 'hub': 0 added, 1 changed, 0 removed, 1 conflict(s)\n"
                   "  organisation\n    ~ feedco-ai  FeedCo AI\n"
                   "        hq_city: 'Rennes' -> 'Nantes'\n        size_class: 'small' -> 'medium'\n"
                   "        CONFLICT: you edited this record; your version is kept unless you pass --take-feed "
                   "feedco-ai\n"
                   "  applied: 0 added, 0 changed, 0 removed, 0 conflict(s) resolved with the feed's version, "
                   "1 kept as you edited them\n")
    served["doc"] = feed_doc(size="midcap")
    status, out, _ = run(capsys, "feeds", "update", "hub", "--take-feed", "feedco-ai", "--json")
    assert json.loads(out)["feeds"][0]["applied"]["took_feed"] == ["feedco-ai"]
    with open_session(data_dir) as session:
        assert session.catalog.get("feedco-ai")[1]["hq_city"] == "Nantes"


def test_failures_exit_with_one_clear_line(capsys, monkeypatch, served, data_dir):
    run(capsys, "feeds", "add", "hub", served["url"])
    status, out, err = run(capsys, "feeds", "update", "hub")
    assert (status, out) == (1, "")
    assert err == (f"vivier: error: the feed 'hub' at {served['url']}: token refused (HTTP 401); give a valid token "
                   "with: vivier feeds update hub --token-stdin\n")
    status, out, err = run(capsys, "feeds", "update", "hub", "--token-stdin", stdin=TOKEN, monkeypatch=monkeypatch)
    assert status == 0 and "2 added" in out
    status, _, err = run(capsys, "feeds", "add", "bad", "http://example.org/c.json")
    assert (status, err) == (2, "vivier: error: the feed address http://example.org/c.json uses plain http; only "
                                "https:// addresses are accepted\n")
    status, _, err = run(capsys, "feeds", "remove", "nope")
    assert (status, err) == (1, "vivier: error: no feed is named 'nope' (feeds: hub)\n")
    status, _, err = run(capsys, "feeds", "update", "--token-stdin")
    assert (status, err) == (2, "vivier: error: --token-stdin needs the name of one feed\n")


def test_no_keychain_message_on_the_command_line(capsys, monkeypatch, served):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    status, out, err = run(capsys, "feeds", "add", "hub", served["url"], "--token-stdin", stdin=TOKEN,
                           monkeypatch=monkeypatch)
    assert status == 0
    assert err == ("token not remembered: no system keychain: it is kept for this session only; give it again with "
                   "'vivier feeds update hub --token-stdin'\n")
    status, out, _ = run(capsys, "feeds", "list")
    assert out.splitlines()[1].strip().startswith("token: session; records: 0")

    forget_session_secrets()  # the next `vivier` process starts without it
    status, out, _ = run(capsys, "feeds", "list")
    assert out.splitlines()[1].strip().startswith("token: missing; records: 0")


@pytest.fixture
def org_with_siren(data_dir):
    record, problems = validate_record("organisation", org("sirenco", "Sirenco", size_class="micro",
                                                           identifiers={"siren": SIREN}))
    assert problems == []
    with open_session(data_dir) as session:
        session.catalog.put("organisation", record, origin="import")


def test_verify_size(capsys, monkeypatch, http_server, org_with_siren):
    http_server.routes["/search"] = Reply.json({"results": [{
        "siren": SIREN, "nom_complet": "SIRENCO", "categorie_entreprise": "PME", "annee_categorie_entreprise": "2023",
        "tranche_effectif_salarie": "21", "annee_tranche_effectif_salarie": "2023", "etat_administratif": "A"}],
        "total_results": 1, "page": 1, "per_page": 5, "total_pages": 1})
    monkeypatch.setattr(catalog.online._register, "DEFAULT_ENDPOINTS", RegisterEndpoints(recherche=http_server.base))
    status, out, err = run(capsys, "verify-size", "sirenco")
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[:5] == [
        f"Sirenco (SIREN {SIREN}): MISMATCH", "  catalog size class: micro", "  register category: PME (2023)",
        "  staff of the legal unit: 50-99 employees (2023)",
        "  the catalog says 'micro' but the register suggests medium; the catalog was not changed: review the size "
        "class and its source."]
    assert lines[5].startswith("  source: API Recherche d'entreprises (annuaire-entreprises.data.gouv.fr), INSEE "
                               f"Sirene data, https://annuaire-entreprises.data.gouv.fr/entreprise/{SIREN}, checked ")
    status, out, _ = run(capsys, "verify-size", "sirenco", "--json")
    assert json.loads(out)["verdict"] == "mismatch" and json.loads(out)["id"] == 2


def test_verify_size_with_insee_key_from_stdin(capsys, monkeypatch, http_server, org_with_siren, memory_keyring):
    http_server.routes[f"/siren/{SIREN}"] = lambda request: Reply.json({"header": {"statut": 200, "message": "ok"},
        "uniteLegale": {"siren": SIREN, "categorieEntreprise": "PME", "trancheEffectifsUniteLegale": "01",
                        "periodesUniteLegale": [{"denominationUniteLegale": "SIRENCO",
                                                 "etatAdministratifUniteLegale": "A"}]}}) \
        if request.headers.get("x-insee-api-key-integration") == "k-123" else Reply(403)
    monkeypatch.setattr(catalog.online._register, "DEFAULT_ENDPOINTS", RegisterEndpoints(insee=http_server.base))
    status, out, err = run(capsys, "verify-size", "sirenco", "--source", "insee-sirene", "--insee-key-stdin",
                           "--json", stdin="k-123\n", monkeypatch=monkeypatch)
    assert (status, err) == (0, "")
    assert json.loads(out)["verdict"] == "consistent"
    assert memory_keyring.entries == {("Vivier", "insee-sirene"): "k-123"}
    status, _, err = run(capsys, "verify-size", "sirenco", "--insee-key-stdin", stdin="k", monkeypatch=monkeypatch)
    assert (status, err) == (2, "vivier: error: --insee-key-stdin goes with --source insee-sirene\n")
    status, _, err = run(capsys, "verify-size", "deepl")
    assert status == 2 and "has no SIREN in the catalog" in err
