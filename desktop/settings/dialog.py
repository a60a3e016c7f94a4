"""Settings: language, data folder, and credentials for online sources (system keychain only)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from catalog import online
from catalog.errors import CatalogError
from catalog.paths import DATA_DIR_ENV
from catalog.session import Session
from desktop.settings.state import AppSettings

INSEE_KEY = online.INSEE_KEY


class SettingsDialog(QDialog):
    """Preferences are applied on OK; a credential is stored (or forgotten) at once by its own button."""

    def __init__(self, parent: QWidget | None, *, settings: AppSettings, session: Session):
        super().__init__(parent)
        self.settings = settings
        self.session = session
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        tabs = QTabWidget(self)
        layout.addWidget(tabs)
        tabs.addTab(self._build_general(tabs), self.tr("General"))
        tabs.addTab(self._build_credentials(tabs), self.tr("Credentials"))
        self.store_button.clicked.connect(self.store_credential)
        self.forget_button.clicked.connect(self.forget_credential)
        self.credential.currentIndexChanged.connect(self._show_location)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.apply)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        self.tabs = tabs
        self._show_keychain()
        self._show_location()

    def _build_general(self, tabs: QTabWidget) -> QWidget:
        """The General tab: the language and the data folder."""
        general = QWidget(tabs)
        form = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("Same as the system"), "system")
        self.language.addItem("Français", "fr")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language_choice)))
        form.addRow(self.tr("Language"), self.language)
        folder_row = QHBoxLayout()
        self.data_dir = QLineEdit(str(self.settings.data_dir or self.session.data_dir), general)
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        browse = QPushButton(self.tr("Choose…"), general)
        browse.clicked.connect(self._choose_folder)
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(browse)
        form.addRow(self.tr("Data folder"), folder_row)
        note = QLabel(self.tr("The data folder holds the catalogue and your work (profiles, shortlists, "
                              "decisions). A new folder is used from the next start. The {env} environment "
                              "variable and --data-dir take precedence.").format(env=DATA_DIR_ENV), general)
        note.setWordWrap(True)
        form.addRow(note)
        return general

    def _build_credentials(self, tabs: QTabWidget) -> QWidget:
        """The Credentials tab: which credential, its value, store and forget, and where it is kept."""
        credentials = QWidget(tabs)
        cform = QFormLayout(credentials)
        self.keychain_note = QLabel(credentials)
        self.keychain_note.setWordWrap(True)
        cform.addRow(self.keychain_note)
        self.credential = QComboBox(credentials)
        self.credential.setAccessibleName(self.tr("Credential"))
        self.credential.addItem(self.tr("INSEE SIRENE API key"), INSEE_KEY)
        for feed in online.list_feeds(self.session.workspace, self.session.catalog):
            self.credential.addItem(self.tr("Token of the feed {name}").format(name=feed.name), f"feed:{feed.name}")
        cform.addRow(self.tr("Credential"), self.credential)
        self.secret = QLineEdit(credentials)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Secret value"))
        cform.addRow(self.tr("Value"), self.secret)
        buttons_row = QHBoxLayout()
        self.store_button = QPushButton(self.tr("Store"), credentials)
        self.forget_button = QPushButton(self.tr("Forget"), credentials)
        buttons_row.addWidget(self.store_button)
        buttons_row.addWidget(self.forget_button)
        buttons_row.addStretch(1)
        cform.addRow(buttons_row)
        self.credential_status = QLabel(credentials)
        self.credential_status.setWordWrap(True)
        self.credential_status.setAccessibleName(self.tr("Credential status"))
        cform.addRow(self.credential_status)
        return credentials

    @classmethod
    def ask(cls, parent: QWidget | None, *, settings: AppSettings, session: Session) -> bool | None:
        """Show the settings; True when the user pressed OK (the settings are then saved)."""
        dialog = cls(parent, settings=settings, session=session)
        return True if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Data folder"), self.data_dir.text())
        if folder:
            self.data_dir.setText(folder)

    def _show_keychain(self) -> None:
        if online.keychain_available():
            self.keychain_note.setText(self.tr("Credentials are stored in the system keychain."))
        else:
            self.keychain_note.setText(self.tr(
                "No system keychain is available: a credential you enter is not remembered and is kept only "
                "until Vivier closes. It is never written to a file."))

    def _show_location(self) -> None:
        where = online.secret_location(self.credential.currentData())
        self.credential_status.setText({
            "keychain": self.tr("Stored in the system keychain."),
            "session": self.tr("Not remembered: no system keychain. Kept for this session only."),
            "none": self.tr("Not set."),
        }[where])

    def store_credential(self) -> None:
        value = self.secret.text()
        if not value:
            self.credential_status.setText(self.tr("Enter a value first."))
            return
        key = self.credential.currentData()
        try:
            if key.startswith("feed:"):
                saved = online.set_feed_token(self.session.workspace, key.removeprefix("feed:"), value)
            else:
                saved = online.set_insee_key(value)
        except CatalogError as e:
            self.credential_status.setText(str(e))
            return
        self.secret.clear()
        self._show_location()
        if not saved.remembered:
            self.credential_status.setText(self.tr("Not remembered: no system keychain. Kept for this session "
                                                   "only, never written to a file."))

    def forget_credential(self) -> None:
        key = self.credential.currentData()
        forgotten = online.forget_insee_key() if key == INSEE_KEY else online.forget_secret(key)
        if forgotten:
            self._show_location()
        else:
            self.credential_status.setText(self.tr("The keychain refused to delete it (is it locked?)."))

    def apply(self) -> None:
        self.settings.language_choice = self.language.currentData()
        folder = self.data_dir.text().strip()
        self.settings.data_dir = Path(folder) if folder else None
        self.settings.sync()
        self.accept()
