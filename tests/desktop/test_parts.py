"""The desktop's parts one by one: table models, the worker, errors and start-up, settings, self-test."""

from __future__ import annotations

import threading

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring
from pytestqt.modeltest import ModelTester

import catalog.online._secrets as secrets
from catalog.buyer import load_buyer_profile, rank_job
from catalog.errors import CorruptDatabase, Problem, UserInputError, ValidationError
from catalog.jobs import Progress, run_job
from catalog.paths import resource_path
from catalog.quotas import parse_rules
from catalog.sme import match_programmes, parse_company_profile
from desktop import errors
from desktop.need.quota_rules_model import QuotaRulesModel
from desktop.programmes.model import ProgrammeModel
from desktop.ranking.models import ExclusionModel, RankingModel
from desktop.settings.dialog import INSEE_KEY, SettingsDialog
from desktop.settings.state import AppSettings
from desktop.shortlist.model import ShortItem, ShortlistModel
from desktop.worker import TaskRunner
from tests.support import forget_session_secrets

pytestmark = pytest.mark.gui




@pytest.fixture
def buyer_pass(session):
    profile = load_buyer_profile(resource_path("examples", "buyer-sovereign-assistant.json"))
    return run_job(rank_job(session.catalog.path, profile))


def test_every_table_model_passes_the_model_tester(qtbot, session, buyer_pass):
    tester = ModelTester(qtbot)
    ranking, excluded, shortlist, rules, programmes = (RankingModel(), ExclusionModel(), ShortlistModel(),
                                                      QuotaRulesModel(), ProgrammeModel())
    for model in (ranking, excluded, shortlist, rules, programmes):
        tester.check(model)
    ranking.set_rows(buyer_pass.ranked)
    excluded.set_rows(buyer_pass.excluded)
    shortlist.set_items([ShortItem(c.offering_id) for c in buyer_pass.shortlist.items],
                        {c.offering_id: c for c in buyer_pass.candidates})
    rules.set_rules(parse_rules([{"label": "A start-up", "mode": "monitor", "predicate": {"startup": True},
                                  "bound": {"min_count": 1}}]))
    company = parse_company_profile({"schema": "vivier.company-profile/1", "name": "X", "country": "FR",
                                     "headcount": 5}, source="test")
    matches = match_programmes(session.catalog, company)
    programmes.set_rows(matches)
    for model in (ranking, excluded, shortlist, rules, programmes):
        tester.check(model)
    expected = [len(buyer_pass.ranked), len(buyer_pass.excluded), len(buyer_pass.shortlist.items), 1, len(matches)]
    assert [m.rowCount() for m in (ranking, excluded, shortlist, rules, programmes)] == expected
    assert 0 not in expected  # the shipped catalog and the example profile fill every table


def test_shortlist_model_asks_for_edits_instead_of_applying_them(qtbot):
    model = ShortlistModel()
    model.set_items([ShortItem("a")], {})
    with qtbot.waitSignal(model.edit_requested) as caught:
        assert model.setData(model.index(0, ShortlistModel.DECISION), "retained") is True
    assert caught.args == [0, "decision", "retained"]
    assert model.items == [ShortItem("a")]
    assert model.setData(model.index(0, ShortlistModel.DECISION), "maybe") is False


def steps_then(result, steps=2):
    for i in range(steps):
        yield Progress(i, steps, f"step {i}")
    return result


def test_worker_reports_progress_and_result_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = []
    runner.progressed.connect(lambda p: seen.append((p.done, threading.current_thread() is threading.main_thread())))
    with qtbot.waitSignal(runner.succeeded, timeout=5000) as done:
        runner.start(lambda: steps_then("answer"))
    assert done.args == ["answer"]
    assert seen == [(0, True), (1, True)]
    assert runner.busy is False


def test_worker_failures_arrive_on_the_error_signal(qtbot):
    def broken():
        yield Progress(0, 1, "x")
        raise UserInputError("bad input")

    runner = TaskRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.start(broken)
    assert str(failed.args[0]) == "bad input"


def test_a_newer_run_supersedes_the_older_one(qtbot):
    gate = threading.Event()

    def slow():
        gate.wait(5)
        yield Progress(0, 1, "slow")
        return "old"

    runner = TaskRunner()
    results = []
    runner.succeeded.connect(results.append)
    first = runner.start(slow)
    with qtbot.waitSignal(runner.succeeded, timeout=5000):
        second = runner.start(lambda: steps_then("new", 1))
    gate.set()
    qtbot.waitUntil(lambda: first not in runner._keep, timeout=5000)
    assert (first, second, results) == (1, 2, ["new"])


def test_cancel_closes_the_job(qtbot):
    closed = threading.Event()
    gate = threading.Event()

    def endless():
        try:
            while True:
                gate.wait(5)
                yield Progress(0, None, "working")
        finally:
            closed.set()

    runner = TaskRunner()
    runner.progressed.connect(lambda _p: runner.cancel())
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        runner.start(endless)
        gate.set()
    assert closed.is_set()


def test_show_error_catalog_message_and_logged_bug(qtbot, shown_errors, tmp_path):
    errors.show_error(None, ValidationError([Problem("is required", file="x.json", row=2, field="name")],
                                            summary="x.json was not imported"))
    errors.set_log_folder(tmp_path)
    try:
        raise KeyError("boom")
    except KeyError as e:
        errors.show_error(None, e)
    errors.set_log_folder(None)
    log = tmp_path / "vivier.log"
    assert shown_errors == [
        "x.json was not imported: 1 problem\n  x.json, row 2, field 'name': is required",
        f"Something went wrong (KeyError). Vivier is still usable.\nThe details were written to {log}.",
    ]
    text = log.read_text()
    assert "Traceback (most recent call last)" in text and "KeyError: 'boom'" in text


def test_damaged_catalog_offers_a_rebuild(data_dir, qapp):
    from catalog.records import load_shipped
    from catalog.session import open_session

    open_session(data_dir).close()
    (data_dir / "catalog.db").write_bytes(b"this is not a database" * 100)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"catalog.db{suffix}").unlink(missing_ok=True)
    asked = []
    assert errors.startup_session(data_dir, ask=lambda parent, e: asked.append(e) or False) is None
    assert isinstance(asked[0], CorruptDatabase)
    session = errors.startup_session(data_dir, ask=lambda parent, e: True)
    try:
        shipped = load_shipped()
        assert session.catalog.count() == sum(len(records) for records in shipped.records.values())
    finally:
        session.close()
    assert len(list(data_dir.glob("catalog.db.damaged-*"))) == 1


def test_settings_without_keychain_say_not_remembered_and_write_nothing(qtbot, session):
    from catalog.online import add_feed, list_feeds

    add_feed(session.workspace, session.catalog, "hub", "https://hub.example/catalog.json")
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        settings = AppSettings()
        dialog = SettingsDialog(None, settings=settings, session=session)
        qtbot.addWidget(dialog)
        assert dialog.keychain_note.text().startswith("No system keychain is available")
        dialog.secret.setText("s3cret-value")
        dialog.store_credential()
        assert dialog.credential_status.text() == ("Not remembered: no system keychain. Kept for this session only, "
                                                   "never written to a file.")
        assert secrets.secret_location(INSEE_KEY) == "session"
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.apply()
        settings.sync()
        ini = open(settings.qsettings.fileName(), encoding="utf-8").read()
        assert "s3cret" not in ini and "language=fr" in ini
        dialog.forget_credential()
        assert secrets.secret_location(INSEE_KEY) == "none"
        dialog.credential.setCurrentIndex(1)
        assert dialog.credential.currentText() == "Token of the feed hub"
        dialog.secret.setText("feed-token")
        dialog.store_credential()
        assert secrets.secret_location("feed:hub") == "session"
        assert [f.token for f in list_feeds(session.workspace, session.catalog)] == ["session"]
    finally:
        forget_session_secrets()
        keyring.set_keyring(previous)


def test_window_state_is_remembered(window, qtbot, session):
    from desktop.main_window import MainWindow

    window.resize(900, 560)  # the offscreen screen is 800x600: a bigger size would be fitted to it
    window.catalogue.splitter.setSizes([300, 600])
    window.close()
    again = MainWindow(session)
    again.show()
    qtbot.waitExposed(again)
    try:
        left, right = again.catalogue.splitter.sizes()
        assert left / (left + right) == pytest.approx(1 / 3, abs=0.02)  # the proportion survives a new layout
        assert again.height() == 560
    finally:
        again.close()
        again.deleteLater()


def test_self_test_command_passes(data_dir, capsys):
    from desktop.cli import main

    assert main(["--data-dir", str(data_dir), "self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == [
        "ok    open the data folder", "ok    rank the example need", "ok    build the compliant shortlist",
        "ok    write the tender workbook", "ok    open and close the main window", "self-test passed"]


def test_the_command_line_does_not_import_qt_for_subcommands():
    import subprocess
    import sys

    code = ("import sys; from desktop.cli import build_parser; build_parser(); "
            "print('PySide6' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "False", done.stderr


def test_every_preset_quota_rule_parses_in_both_languages():
    from catalog.quotas import preset_choices, preset_rule

    assert [(r.label, r.mode, r.bound) for r in (preset_rule(k, "en") for k, _ in preset_choices("en"))] == [
        ("SME or start-up: at least 30%", "required", "min_share"),
        ("At least one start-up", "required", "min_count"),
        ("EU headquarters: at least 80% (monitored)", "monitor", "min_share"),
        ("At least one open-weight offering (monitored)", "monitor", "min_count"),
    ]
    assert [label for _, label in preset_choices("fr")] == [
        "PME ou start-up : au moins 30 %", "Au moins une start-up", "Siège dans l'UE : au moins 80 % (suivi)",
        "Au moins une offre à poids ouverts (suivi)"]


def test_unsaved_need_asks_before_opening_another(window, qtbot, prompts, tmp_path):
    need = window.pages["need"]
    need.name.setText("Changed")
    assert need.dirty
    prompts.answer = "cancel"
    assert need.open_profile(resource_path("examples", "buyer-machine-translation.json")) is False
    assert (len(prompts), need.name.text()) == (1, "Changed")
    prompts.answer = "discard"
    with qtbot.waitSignal(window.ranker.succeeded, timeout=10_000):
        assert need.open_profile(resource_path("examples", "buyer-machine-translation.json")) is True
    assert (len(prompts), need.dirty) == (2, False)
    assert need.name.text() == "Machine translation for a multilingual agency"
    target = tmp_path / "need.json"
    need.name.setText("Saved need")
    assert need.save_profile(target) is True
    assert load_buyer_profile(target).name == "Saved need"
    assert need.dirty is False


def test_the_window_shows_first_and_the_data_folder_opens_next(qtbot, data_dir, _shipped_catalog_db, english,
                                                               shown_errors):
    import shutil

    from desktop.app import open_data_folder
    from desktop.main_window import MainWindow

    shutil.copy(_shipped_catalog_db, data_dir / "catalog.db")
    window = MainWindow()
    window.show()
    qtbot.waitExposed(window)
    try:
        usable = {name for name, action in window.action_map.items() if action.isEnabled()}
        assert (window.session, window.centralWidget().isEnabled(), usable) == (None, False, {"quit"})
        assert window.catalogue.count.text() == "Loading the catalogue…"
        with qtbot.waitSignal(window.catalogue.loaded, timeout=20_000):
            open_data_folder(window, data_dir)
        assert window.session.data_dir == data_dir and window.centralWidget().isEnabled()
        assert all(action.isEnabled() for action in window.action_map.values())
        assert window.catalogue.count.text() == f"{len(window.browser.rows)} records"
        assert shown_errors == []
    finally:
        window.close()
        if window.session is not None:
            window.session.close()


def test_a_data_folder_that_cannot_be_used_is_shown_and_ends_the_app_with_2(qtbot, tmp_path, monkeypatch, english,
                                                                           shown_errors):
    from PySide6.QtWidgets import QApplication

    from desktop.app import open_data_folder
    from desktop.main_window import MainWindow

    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be")
    ended = []
    monkeypatch.setattr(QApplication.instance(), "exit", lambda status=0: ended.append(status))
    window = MainWindow()
    try:
        open_data_folder(window, not_a_folder)
        assert (ended, window.session) == ([2], None)
        assert len(shown_errors) == 1 and str(not_a_folder) in shown_errors[0]
    finally:
        window.close()


def test_settings_open_from_the_window(window, monkeypatch):
    from desktop.settings.dialog import SettingsDialog

    asked = []
    monkeypatch.setattr(SettingsDialog, "ask", classmethod(lambda cls, parent, **kw: asked.append(kw) or None))
    window.open_settings()
    assert asked == [{"settings": window.settings, "session": window.session}]
