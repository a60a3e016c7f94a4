"""The main window's actions in one declarative table: name, text, shortcut and the window method they call."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

translate = QCoreApplication.translate


@dataclass(frozen=True)
class ActionSpec:
    name: str
    menu: str
    shortcut: str | QKeySequence.StandardKey | None
    slot: str




def action_text(name: str) -> str:
    """The translated menu text of an action."""
    return {
        "import_catalog": translate("Actions", "&Import catalogue file…"),
        "export_catalog": translate("Actions", "&Export catalogue…"),
        "open_profile": translate("Actions", "&Open need profile…"),
        "save_profile": translate("Actions", "&Save need profile"),
        "save_profile_as": translate("Actions", "Save need profile &as…"),
        "export_workbook": translate("Actions", "Export tender &workbook…"),
        "settings": translate("Actions", "Se&ttings…"),
        "quit": translate("Actions", "&Quit"),
        "new_record": translate("Actions", "&New record…"),
        "edit_record": translate("Actions", "&Edit record…"), "find": translate("Actions", "&Find in catalogue"),
        "area_catalogue": translate("Actions", "&Catalogue"),
        "area_need": translate("Actions", "&Need"),
        "area_ranking": translate("Actions", "&Ranking"),
        "area_shortlist": translate("Actions", "&Shortlist"),
        "area_programmes": translate("Actions", "&Programmes (SME)"),
        "about": translate("Actions", "&About Vivier"),
        "make_compliant": translate("Actions", "Make shortlist &compliant"),
    }.get(name, name)


def menu_text(menu: str) -> str:
    return {"file": translate("Actions", "&File"),
    "edit": translate("Actions", "&Edit"),
    "view": translate("Actions", "&View"),
    "help": translate("Actions", "&Help")}[menu]


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("import_catalog", "file", "Ctrl+I", "import_catalog"),
    ActionSpec("export_catalog", "file", "Ctrl+E", "export_catalog"),
    ActionSpec("open_profile", "file", QKeySequence.StandardKey.Open, "open_profile"),
    ActionSpec("save_profile", "file", QKeySequence.StandardKey.Save, "save_profile"),
    ActionSpec("save_profile_as", "file", QKeySequence.StandardKey.SaveAs, "save_profile_as"),
    ActionSpec("export_workbook", "file", "Ctrl+W", "export_workbook"),
    ActionSpec("settings", "file", "Ctrl+,", "open_settings"),
    ActionSpec("quit", "file", QKeySequence.StandardKey.Quit, "close"),
    ActionSpec("new_record", "edit", QKeySequence.StandardKey.New, "new_record"),
    ActionSpec("edit_record", "edit", "F2", "edit_record"),
    ActionSpec("find", "edit", QKeySequence.StandardKey.Find, "focus_search"),
    ActionSpec("make_compliant", "edit", "Ctrl+M", "make_compliant"),
    ActionSpec("area_catalogue", "view", "Ctrl+1", "show_catalogue"),
    ActionSpec("area_need", "view", "Ctrl+2", "show_need"),
    ActionSpec("area_ranking", "view", "Ctrl+3", "show_ranking"),
    ActionSpec("area_shortlist", "view", "Ctrl+4", "show_shortlist"),
    ActionSpec("area_programmes", "view", "Ctrl+5", "show_programmes"),
    ActionSpec("about", "help", None, "show_about"),
)


def build_actions(window) -> dict[str, QAction]:
    """Create every action on ``window``, wired to the window method its spec names."""
    actions = {}
    for spec in ACTIONS:
        action = QAction(action_text(spec.name), window)
        action.setObjectName(f"action_{spec.name}")
        if spec.shortcut is not None:
            action.setShortcut(QKeySequence(spec.shortcut))
        action.triggered.connect(getattr(window, spec.slot))
        actions[spec.name] = action
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    for name, action in actions.items():
        action.setText(action_text(name))
