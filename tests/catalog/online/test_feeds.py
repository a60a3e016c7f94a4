"""catalog.online's feeds (_feeds, _feed_diff, _feed_apply) against real HTTP(S) servers on 127.0.0.1: subscriptions, diff, conflicts, failures."""

import copy
import hashlib
import logging

import pytest

import catalog.online._secrets as secrets
from catalog.errors import FileFormatError, UserInputError, ValidationError
from catalog.online import (
    KEEP_MINE,
    TAKE_FEED,
    FeedError,
    FieldChange,
    NetworkError,
    RecordChange,
    add_feed,
    apply_feed,
    check_feed,
    list_feeds,
    remove_feed,
    set_feed_token,
    update_feed,
)
from catalog.records import record_hash
from tests.support import forget_session_secrets
from tests.support.catalogs import offering, org
from tests.support.localserver import Reply, closed_port_url

TOKEN = "tok-SECRET-7f3a9c"


def feed_doc(**overrides):
    doc = {
        "schema": "vivier.catalog/1", "version": "2026.2",
        "organisations": [org("lighton", "LightOn", hq_city="Paris", size_class="small")],
        "offerings": [offering("lighton-paradigm", "lighton", "LightOn Paradigm", kind="assistant")],
    }
    doc.update(overrides)
    return doc


@pytest.fixture
def hub(http_server, workspace, mini_store):
    """The feed 'hub' served at /catalog.json with an ETag, subscribed with a token."""
    state = {"doc": feed_doc(), "etag": '"v1"'}

    def serve(request):
        if request.headers.get("if-none-match") == state["etag"]:
            return Reply(304, headers={"ETag": state["etag"]})
        return Reply.json(state["doc"], ETag=state["etag"], **{"Last-Modified": "Sun, 29 Nov 2026 10:00:00 GMT"})

    http_server.routes["/catalog.json"] = serve
    add_feed(workspace, mini_store, "hub", http_server.url("/catalog.json"), token=TOKEN)
    return state


def publish(state, doc, etag):
    state["doc"], state["etag"] = doc, etag


def catalog_bytes(store) -> dict[str, str]:
    folder = store.path.parent
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.glob("catalog.db*")) if not p.name.endswith("-shm")}


# ---------------------------------------------------------------- subscriptions

def test_add_list_remove_with_the_token_only_in_the_keychain(http_server, workspace, mini_store, memory_keyring,
                                                             tmp_path):
    added = add_feed(workspace, mini_store, "hub", http_server.url("/catalog.json?lot=2"), token=TOKEN)
    assert added.token_saved == secrets.SecretSaved(remembered=True)
    assert memory_keyring.entries == {("Vivier", "feed:hub"): TOKEN}
    [feed] = list_feeds(workspace, mini_store)
    assert feed.to_json() == {"name": "hub", "url": http_server.url("/catalog.json"), "token": "keychain",
                              "added_at": feed.added_at, "checked_at": None, "applied_at": None, "records": 0}
    assert http_server.seen == []  # subscribing contacts nothing
    assert TOKEN.encode() not in b"".join(p.read_bytes() for p in tmp_path.glob("workspace.db*"))
    assert remove_feed(workspace, "hub") is True
    assert list_feeds(workspace, mini_store) == []
    assert memory_keyring.entries == {}
    assert [e["action"] for e in workspace.audit_entries("feed:hub")] == ["feed_add", "feed_remove"]


def test_without_a_keychain_the_token_is_kept_for_the_session(http_server, workspace, mini_store):
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    added = add_feed(workspace, mini_store, "hub", http_server.url("/c.json"), token=TOKEN)
    assert added.token_saved.remembered is False
    assert added.token_saved.message == "not remembered: no system keychain"
    assert added.feed.token == "session"
    forget_session_secrets()  # the app quits
    assert list_feeds(workspace, mini_store)[0].token == "missing"
    with pytest.raises(FeedError) as info:
        check_feed(workspace, mini_store, "hub")
    assert str(info.value) == ("the feed 'hub' needs a token and none is remembered (no system keychain, or it was "
                               "removed); give it again with: vivier feeds update hub --token-stdin")
    assert set_feed_token(workspace, "hub", "again").remembered is False


@pytest.mark.parametrize("name, url, message", [
    ("Hub!", "https://example.org/c.json",
     "the feed name 'Hub!' is not valid: use 1-40 lowercase letters, digits, '-' or '_'"),
    ("hub", "http://example.org/c.json",
     "the feed address http://example.org/c.json uses plain http; only https:// addresses are accepted"),
    ("hub", "https://user:pw@example.org/c.json",
     "the feed address https://example.org/c.json contains a user name or password; give a token separately "
     "instead (it is kept in the system keychain)"),
    ("hub", "ftp://example.org/c.json", "the feed address 'ftp://example.org/c.json' is not a web address (https://...)"),
    ("hub", "catalog.json", "the feed address 'catalog.json' is not a web address (https://...)"),
])
def test_add_refuses_bad_names_and_addresses(workspace, mini_store, name, url, message):
    with pytest.raises(UserInputError) as info:
        add_feed(workspace, mini_store, name, url)
    assert str(info.value) == message
    assert workspace.feeds() == []


def test_add_refuses_a_name_in_use_and_remove_an_unknown_one(workspace, mini_store):
    add_feed(workspace, mini_store, "hub", "https://example.org/c.json")
    with pytest.raises(UserInputError, match="^a feed named 'hub' already exists; remove it first"):
        add_feed(workspace, mini_store, "hub", "https://example.org/other.json")
    with pytest.raises(FeedError) as info:
        remove_feed(workspace, "nope")
    assert str(info.value) == "no feed is named 'nope' (feeds: hub)"


# ---------------------------------------------------------------- first update, conditional requests

def test_first_update_adds_records_that_remember_their_feed(hub, http_server, workspace, mini_store, taxonomy):
    diff, applied = update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert diff.status == "changes"
    assert diff.counts() == {"added": 2, "changed": 0, "removed": 0, "conflicts": 0, "unchanged": 0}
    assert diff.to_json()["by_kind"] == {
        "organisation": {"added": [RecordChange("lighton", "organisation", "LightOn", "added").to_json()],
                         "changed": [], "removed": []},
        "offering": {"added": [RecordChange("lighton-paradigm", "offering", "LightOn Paradigm", "added").to_json()],
                     "changed": [], "removed": []},
    }
    assert applied.to_json() == {"feed": "hub", "added": ["lighton", "lighton-paradigm"], "changed": [],
                                 "removed": [], "took_feed": [], "kept_local": [], "kept_referenced": []}
    feed_org = next(r for r in _validated(hub["doc"], "organisations"))
    assert mini_store.get("lighton") == ("organisation", feed_org)
    assert mini_store.info("lighton") | {"updated_at": None} == {
        "origin": "feed:hub", "shipped_hash": record_hash(feed_org), "user_edited": False, "updated_at": None}
    assert http_server.seen[0].headers["authorization"] == f"Bearer {TOKEN}"
    assert "if-none-match" not in http_server.seen[0].headers
    row = workspace.feed("hub")
    assert (row["etag"], row["last_modified"], row["applied_count"]) == (
        '"v1"', "Sun, 29 Nov 2026 10:00:00 GMT", 2)


def _validated(doc, plural):
    from catalog.records import validate_record

    kind = plural[:-1]
    return [validate_record(kind, copy.deepcopy(r))[0] for r in doc[plural]]


def test_second_update_is_conditional_and_not_modified(hub, http_server, workspace, mini_store, taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    before = catalog_bytes(mini_store)
    diff, applied = update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert diff.status == "not_modified" and diff.changes == []
    assert applied.to_json()["added"] == []
    assert http_server.seen[1].headers["if-none-match"] == '"v1"'
    assert http_server.seen[1].headers["if-modified-since"] == "Sun, 29 Nov 2026 10:00:00 GMT"
    assert catalog_bytes(mini_store) == before


def test_after_a_catalog_rebuild_the_request_is_unconditional_again(hub, http_server, workspace, mini_store,
                                                                    taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    with mini_store.transaction():
        mini_store.delete("lighton-paradigm")
        mini_store.delete("lighton")
    diff, applied = update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert "if-none-match" not in http_server.seen[1].headers
    assert applied.added == ["lighton", "lighton-paradigm"]


def test_dry_run_changes_nothing_and_keeps_the_next_request_unconditional(hub, http_server, workspace, mini_store,
                                                                          taxonomy):
    before = catalog_bytes(mini_store)
    diff, applied = update_feed(workspace, mini_store, "hub", dry_run=True, taxonomy=taxonomy)
    assert applied is None and diff.counts()["added"] == 2
    assert catalog_bytes(mini_store) == before
    assert workspace.feed("hub")["etag"] is None and workspace.feed("hub")["checked_at"] is not None
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert "if-none-match" not in http_server.seen[1].headers


# ---------------------------------------------------------------- field-by-field diff

def test_changes_are_listed_per_kind_and_field(hub, workspace, mini_store, taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    doc = feed_doc()
    doc["organisations"][0].update(size_class="medium", hq_city="Lyon")
    doc["offerings"] = [offering("lighton-alfred", "lighton", "Alfred", kind="model_api")]
    publish(hub, doc, '"v2"')
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert diff.changes == [
        RecordChange("lighton", "organisation", "LightOn", "changed",
                     (FieldChange("hq_city", "Paris", "Lyon"), FieldChange("size_class", "small", "medium")),
                     local_origin="feed:hub"),
        RecordChange("lighton-alfred", "offering", "Alfred", "added"),
        RecordChange("lighton-paradigm", "offering", "LightOn Paradigm", "removed", local_origin="feed:hub"),
    ]
    applied = apply_feed(workspace, mini_store, diff)
    assert (applied.added, applied.changed, applied.removed) == (["lighton-alfred"], ["lighton"],
                                                                 ["lighton-paradigm"])
    assert mini_store.get("lighton")[1]["size_class"] == "medium"
    assert mini_store.find("lighton-paradigm") is None
    assert workspace.feed("hub")["etag"] == '"v2"'


def test_unchanged_feed_with_a_new_etag_is_up_to_date(hub, workspace, mini_store, taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    publish(hub, feed_doc(), '"v1-bis"')
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert (diff.status, diff.changes, diff.unchanged) == ("up_to_date", [], 2)


# ---------------------------------------------------------------- conflicts

def _edit_locally(store, rid, **fields):
    """What an edit in the app does: the user's version, same origin and upstream hash, flagged as edited."""
    kind, record = store.get(rid)
    info = store.info(rid)
    store.put(kind, {**record, **fields}, origin=info["origin"], shipped_hash=info["shipped_hash"], user_edited=True)


def test_a_local_edit_and_a_feed_change_conflict_and_the_local_version_is_kept(hub, workspace, mini_store,
                                                                               taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    _edit_locally(mini_store, "lighton", size_class="micro")
    doc = feed_doc()
    doc["organisations"][0]["size_class"] = "medium"
    publish(hub, doc, '"v2"')
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert diff.conflicts == [RecordChange("lighton", "organisation", "LightOn", "changed",
                                           (FieldChange("size_class", "micro", "medium"),),
                                           conflict="edited_locally", local_origin="feed:hub")]
    applied = apply_feed(workspace, mini_store, diff)  # no choice given: never overwritten silently
    assert applied.kept_local == ["lighton"] and applied.changed == []
    assert mini_store.get("lighton")[1]["size_class"] == "micro"
    assert mini_store.info("lighton")["user_edited"] is True
    publish(hub, doc, '"v2-bis"')  # same content: the declined version is not asked about again
    again = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert (again.status, again.conflicts) == ("up_to_date", [])


def test_the_user_can_take_the_feed_version_of_a_conflict(hub, workspace, mini_store, taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    _edit_locally(mini_store, "lighton", size_class="micro")
    doc = feed_doc()
    doc["organisations"][0]["size_class"] = "medium"
    publish(hub, doc, '"v2"')
    diff, applied = update_feed(workspace, mini_store, "hub", choices={"lighton": TAKE_FEED}, taxonomy=taxonomy)
    assert applied.took_feed == ["lighton"]
    assert mini_store.get("lighton")[1]["size_class"] == "medium"
    assert mini_store.info("lighton")["user_edited"] is False


def test_a_local_edit_the_feed_did_not_touch_is_simply_kept(hub, workspace, mini_store, taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    _edit_locally(mini_store, "lighton", hq_city="Grenoble")
    publish(hub, feed_doc(), '"v1-bis"')
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert (diff.status, diff.unchanged) == ("up_to_date", 2)


def test_a_feed_record_taking_an_id_from_elsewhere_is_a_conflict(hub, workspace, mini_store, taxonomy):
    doc = feed_doc(organisations=feed_doc()["organisations"]
                   + [org("mistral-ai", "Mistral AI", hq_city="Paris", size_class="large")])
    publish(hub, doc, '"v1"')
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    [conflict] = diff.conflicts
    assert conflict.to_json() == {
        "id": "mistral-ai", "kind": "organisation", "name": "Mistral AI", "action": "changed",
        "fields": [{"field": "founded", "old": 2023, "new": None}, {"field": "size_class", "old": "medium", "new": "large"},
                   {"field": "startup", "old": True, "new": None}, {"field": "eu_controlled", "old": True, "new": None}],
        "conflict": "id_taken", "local_origin": "shipped"}
    applied = apply_feed(workspace, mini_store, diff, choices={"mistral-ai": KEEP_MINE})
    assert applied.kept_local == ["mistral-ai"]
    assert mini_store.info("mistral-ai")["origin"] == "shipped"
    publish(hub, doc, '"v1-bis"')
    assert check_feed(workspace, mini_store, "hub", taxonomy=taxonomy).status == "up_to_date"  # not asked again
    doc["organisations"][1]["hq_city"] = "Marseille"
    publish(hub, doc, '"v2"')
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert [c.id for c in diff.conflicts] == ["mistral-ai"]  # the feed changed it: asked again
    apply_feed(workspace, mini_store, diff, choices={"mistral-ai": TAKE_FEED})
    assert mini_store.info("mistral-ai")["origin"] == "feed:hub"
    assert mini_store.get("mistral-ai")[1]["hq_city"] == "Marseille"
    assert workspace.feed("hub")["declined"] == {}


def test_removing_an_edited_record_is_a_conflict_asked_once(hub, workspace, mini_store, taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    _edit_locally(mini_store, "lighton-paradigm", name="Paradigm (our notes)")
    publish(hub, feed_doc(offerings=[]), '"v2"')
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert diff.conflicts == [RecordChange("lighton-paradigm", "offering", "Paradigm (our notes)", "removed",
                                           conflict="edited_locally", local_origin="feed:hub")]
    assert apply_feed(workspace, mini_store, diff).kept_local == ["lighton-paradigm"]
    assert mini_store.get("lighton-paradigm")[1]["name"] == "Paradigm (our notes)"
    publish(hub, feed_doc(offerings=[]), '"v3"')
    assert check_feed(workspace, mini_store, "hub", taxonomy=taxonomy).status == "up_to_date"


def test_a_removal_that_would_leave_a_dangling_reference_is_not_applied(hub, workspace, mini_store, taxonomy):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    mine = offering("our-lighton-pilot", "lighton", "Our pilot", kind="integration_service")
    from catalog.records import validate_record

    mini_store.put("offering", validate_record("offering", mine)[0], origin="import")
    publish(hub, feed_doc(organisations=[], offerings=[]), '"v2"')
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert diff.kept_referenced == ["lighton"]
    assert [(c.id, c.action) for c in diff.changes] == [("lighton-paradigm", "removed")]
    apply_feed(workspace, mini_store, diff)
    assert mini_store.find("lighton") is not None


def test_apply_refuses_a_stale_diff_and_unknown_choices(hub, workspace, mini_store, taxonomy):
    diff = check_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    with pytest.raises(FeedError) as info:
        apply_feed(workspace, mini_store, diff, choices={"lighton": TAKE_FEED})
    assert str(info.value) == "'lighton' is not a conflict of this update of the feed 'hub'; conflicts: none"
    _edit_locally(mini_store, "deepl", hq_city="Berlin")
    before = catalog_bytes(mini_store)
    with pytest.raises(FeedError) as info:
        apply_feed(workspace, mini_store, diff)
    assert str(info.value) == "the catalog changed since the feed 'hub' was checked; check it again before applying"
    assert catalog_bytes(mini_store) == before


# ---------------------------------------------------------------- failures change nothing

def _failing(http_server, route, reply):
    http_server.routes[route] = reply
    return http_server.url(route)


FAILURES = {
    "401": (Reply(401, b"{}"), NetworkError, "token_refused",
            "the feed 'hub' at {url}: token refused (HTTP 401); give a valid token with: vivier feeds update hub "
            "--token-stdin"),
    "403": (Reply(403, b"{}"), NetworkError, "token_refused",
            "the feed 'hub' at {url}: token refused (HTTP 403); give a valid token with: vivier feeds update hub "
            "--token-stdin"),
    "404": (Reply(404, b"{}"), NetworkError, "not_found", "the feed 'hub' at {url} was not found (HTTP 404); "
            "check the address"),
    "500": (Reply(500, b"oops"), NetworkError, "server_error", "the feed 'hub' at {url}: the server failed "
            "(HTTP 500); try again later, nothing was changed"),
    "503": (Reply(503, b""), NetworkError, "server_error", "the feed 'hub' at {url}: the server failed "
            "(HTTP 503); try again later, nothing was changed"),
    "429": (Reply(429, b"", {"Retry-After": "30"}), NetworkError, "rate_limited",
            "the feed 'hub' at {url}: too many requests (HTTP 429); try again in 30 seconds"),
    "not json": (Reply(200, b"<html>maintenance</html>"), FileFormatError, None,
                 "the feed 'hub' at {url} is not valid JSON (line 1, column 1: Expecting value); nothing was changed"),
    "not utf-8": (Reply(200, b'{"schema": "\xff"}'), FileFormatError, None,
                  "the feed 'hub' at {url} is not UTF-8 text (byte 12); nothing was changed"),
    "not a catalog": (Reply.json({"schema": "other/1", "items": []}), FileFormatError, None,
                      "the feed 'hub' at {url} is not a Vivier catalog: expected a JSON object with "
                      "\"schema\": \"vivier.catalog/1\"; nothing was changed"),
    "too large (declared)": (Reply(200, b"x" * 2048), NetworkError, "too_large",
                             "the feed 'hub' at {url} is too large (2,048 bytes; the limit is 1,024); nothing was "
                             "downloaded"),
    "too large (counted)": (Reply(200, b"x" * 2048, chunked=True), NetworkError, "too_large",
                            "the feed 'hub' at {url} is larger than the limit of 1,024 bytes; the download was "
                            "stopped and nothing was changed"),
    "truncated": (Reply(200, b'{"schema": "vivier', declared_length=900), NetworkError, "malformed",
                  "the feed 'hub' at {url}: the connection closed before the whole answer arrived (18 of 900 "
                  "bytes); nothing was changed"),
    "timeout": (Reply(200, b"{}", delay=3.0), NetworkError, "timeout",
                "the feed 'hub' at {url} did not answer in time; check your connection or try again later"),
    "slow trickle": (Reply(200, b"{" + b" " * 40 + b"}", trickle=0.05), NetworkError, "timeout",
                     "the feed 'hub' at {url} took too long to download; nothing was changed"),
    "redirect to http": (Reply(302, b"", {"Location": "http://example.invalid/catalog.json"}), NetworkError,
                         "insecure_redirect",
                         "the feed 'hub' at {url} redirected to http://example.invalid/catalog.json, which is not "
                         "https; the redirect was refused and nothing was downloaded"),
}


@pytest.mark.parametrize("case", list(FAILURES))
def test_every_failure_has_a_clear_message_and_changes_nothing(case, http_server, workspace, mini_store, taxonomy,
                                                               caplog):
    reply, error, kind, message = FAILURES[case]
    url = _failing(http_server, "/catalog.json", reply)
    add_feed(workspace, mini_store, "hub", url + "?key=abc", token=TOKEN)
    feed_before = workspace.feed("hub")
    before = catalog_bytes(mini_store)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(error) as info:
        update_feed(workspace, mini_store, "hub", max_bytes=1024, timeout=0.5, taxonomy=taxonomy)
    assert str(info.value) == message.format(url=url)
    if kind:
        assert info.value.kind == kind
    assert catalog_bytes(mini_store) == before
    assert workspace.feed("hub") == feed_before
    assert TOKEN not in str(info.value) and "key=abc" not in str(info.value)
    assert TOKEN not in caplog.text


def test_invalid_records_are_all_reported_with_row_and_field(http_server, workspace, mini_store, taxonomy):
    bad = feed_doc()
    bad["organisations"][0]["size_class"] = "huge"
    bad["offerings"][0]["organisation_id"] = "nobody"
    url = _failing(http_server, "/catalog.json", Reply.json(bad))
    add_feed(workspace, mini_store, "hub", url)
    before = catalog_bytes(mini_store)
    with pytest.raises(ValidationError) as info:
        update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    assert [str(p) for p in info.value.problems] == [
        "hub.json, row 1, record 'lighton', field 'size_class': unknown value 'huge'; expected one of micro, small, "
        "medium, midcap, large",
        "hub.json, row 1, record 'lighton-paradigm', field 'organisation_id': refers to the organisation 'nobody', "
        "which is neither in this file nor in the catalog",
    ]
    assert str(info.value).startswith(f"the feed 'hub' at {url} is invalid and was not applied (nothing was changed)")
    assert catalog_bytes(mini_store) == before


def test_offline_dns_and_untrusted_certificate(workspace, mini_store, https_server):
    cases = [
        (closed_port_url(), "offline", "cannot connect to 127.0.0.1 for the feed 'a' (connection refused): the "
                                      "server is down or you are offline"),
        ("https://feed.invalid/catalog.json", "dns", "cannot find the server feed.invalid for the feed 'b' (the "
                                                     "name does not resolve): check the address or your connection"),
        (https_server.url("/catalog.json"), "tls", "the feed 'c' at {url}: the server's certificate is not trusted "
                                                   "(self-signed certificate); nothing was downloaded"),
    ]
    before = catalog_bytes(mini_store)
    for name, (url, kind, message) in zip("abc", cases):
        add_feed(workspace, mini_store, name, url, token=TOKEN)
        with pytest.raises(NetworkError) as info:
            update_feed(workspace, mini_store, name, timeout=5)
        assert (info.value.kind, str(info.value)) == (kind, message.format(url=url))
    assert catalog_bytes(mini_store) == before


def test_https_feed_with_a_trusted_certificate_works_and_refuses_a_redirect_to_http(https_server, http_server,
                                                                                    workspace, mini_store, taxonomy):
    https_server.routes["/catalog.json"] = Reply.json(feed_doc())
    https_server.routes["/moved.json"] = Reply(301, b"", {"Location": http_server.url("/catalog.json")})
    http_server.routes["/catalog.json"] = Reply.json(feed_doc())
    add_feed(workspace, mini_store, "secure", https_server.url("/catalog.json"))
    add_feed(workspace, mini_store, "moved", https_server.url("/moved.json"))
    diff, applied = update_feed(workspace, mini_store, "secure", ssl_context=https_server.client_context,
                                taxonomy=taxonomy)
    assert applied.added == ["lighton", "lighton-paradigm"]
    before = catalog_bytes(mini_store)
    with pytest.raises(NetworkError) as info:
        update_feed(workspace, mini_store, "moved", ssl_context=https_server.client_context, taxonomy=taxonomy)
    assert info.value.kind == "insecure_redirect"
    assert str(info.value) == (f"the feed 'moved' at {https_server.url('/moved.json')} redirected to "
                               f"{http_server.url('/catalog.json')}, which is not https; the redirect was refused "
                               "and nothing was downloaded")
    assert http_server.seen == []
    assert catalog_bytes(mini_store) == before


def test_the_token_follows_a_redirect_on_the_same_server_only(http_server, workspace, mini_store, taxonomy):
    port = http_server.url("").rsplit(":", 1)[1]
    http_server.routes["/old.json"] = Reply(302, b"", {"Location": "/catalog.json"})
    http_server.routes["/elsewhere.json"] = Reply(302, b"", {"Location": f"http://localhost:{port}/catalog.json"})
    http_server.routes["/catalog.json"] = Reply.json(feed_doc())
    add_feed(workspace, mini_store, "same", http_server.url("/old.json"), token=TOKEN)
    add_feed(workspace, mini_store, "other", http_server.url("/elsewhere.json"), token=TOKEN)
    check_feed(workspace, mini_store, "same", taxonomy=taxonomy)
    check_feed(workspace, mini_store, "other", taxonomy=taxonomy)
    assert [(s.path, s.headers.get("authorization")) for s in http_server.seen] == [
        ("/old.json", f"Bearer {TOKEN}"), ("/catalog.json", f"Bearer {TOKEN}"),
        ("/elsewhere.json", f"Bearer {TOKEN}"), ("/catalog.json", None)]


def test_secrets_never_reach_the_databases(hub, workspace, mini_store, taxonomy, tmp_path):
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    publish(hub, feed_doc(), '"v2"')
    update_feed(workspace, mini_store, "hub", taxonomy=taxonomy)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert TOKEN.encode() not in path.read_bytes(), path


def test_unknown_feed(workspace, mini_store):
    with pytest.raises(FeedError) as info:
        check_feed(workspace, mini_store, "nope")
    assert str(info.value) == "no feed is named 'nope' (feeds: none)"

