"""catalog.online._secrets: the keychain, the "no system keychain" fallback, and secrets never leaking."""

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, NoKeyringError, PasswordSetError

import catalog.online._secrets as secrets
from tests.support import forget_session_secrets


class LockedKeyring(KeyringBackend):
    """A keychain that exists but refuses everything (a locked collection)."""

    priority = 1

    def get_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection")

    def set_password(self, service, username, password):
        raise PasswordSetError("Failed to unlock the collection")

    def delete_password(self, service, username):
        raise KeyringLocked("Failed to unlock the collection")


class FakeAltKeyring(KeyringBackend):
    """Stands for keyrings.alt's PlaintextKeyring: it works, but writes clear text to a file."""

    priority = 1
    stored: dict = {}

    def get_password(self, service, username):
        return self.stored.get((service, username))

    def set_password(self, service, username, password):
        self.stored[(service, username)] = password

    def delete_password(self, service, username):
        self.stored.pop((service, username), None)


FakeAltKeyring.__module__ = "keyrings.alt.file"


def test_round_trip_through_the_keychain(memory_keyring):
    saved = secrets.store_secret("feed:ugap", "s3cret-token")
    assert saved == secrets.SecretSaved(remembered=True)
    assert memory_keyring.entries == {("Vivier", "feed:ugap"): "s3cret-token"}
    assert secrets.get_secret("feed:ugap") == "s3cret-token"
    assert secrets.secret_location("feed:ugap") == "keychain"
    assert secrets.forget_secret("feed:ugap") is True
    assert memory_keyring.entries == {}
    assert secrets.get_secret("feed:ugap") is None
    assert secrets.secret_location("feed:ugap") == "none"


def test_forgetting_a_missing_secret_is_not_an_error():
    assert secrets.forget_secret("feed:never-stored") is True


def test_fail_backend_keeps_the_secret_for_the_session_only():
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(NoKeyringError):
        keyring.get_password("Vivier", "x")  # what the app would hit without the wrapper
    assert secrets.keychain_available() is False
    saved = secrets.store_secret("insee-sirene", "key-123")
    assert saved == secrets.SecretSaved(remembered=False, message="not remembered: no system keychain",
                                        message_fr="non mémorisé : pas de trousseau système")
    assert secrets.get_secret("insee-sirene") == "key-123"
    assert secrets.secret_location("insee-sirene") == "session"
    forget_session_secrets()
    assert secrets.get_secret("insee-sirene") is None


def test_null_backend_is_not_trusted_even_though_set_succeeds():
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())
    assert secrets.keychain_available() is False
    assert secrets.store_secret("feed:a", "tok").remembered is False
    assert secrets.get_secret("feed:a") == "tok"


def test_keyrings_alt_plaintext_backend_is_refused():
    keyring.set_keyring(FakeAltKeyring())
    assert secrets.keychain_available() is False
    assert secrets.store_secret("feed:a", "tok").remembered is False
    assert FakeAltKeyring.stored == {}  # nothing written to the clear-text "keychain"
    assert secrets.get_secret("feed:a") == "tok"


def test_locked_keychain_degrades_to_the_session():
    keyring.set_keyring(LockedKeyring())
    assert secrets.keychain_available() is True
    saved = secrets.store_secret("feed:a", "tok")
    assert saved.remembered is False and saved.message == secrets.NOT_REMEMBERED
    assert secrets.get_secret("feed:a") == "tok"
    assert secrets.secret_location("feed:a") == "session"
    assert secrets.forget_secret("feed:a") is False  # the keychain refused: the caller tells the user
    assert secrets.get_secret("feed:a") is None


def test_a_later_keychain_write_clears_the_session_copy(memory_keyring):
    keyring.set_keyring(LockedKeyring())
    secrets.store_secret("feed:a", "old")
    keyring.set_keyring(memory_keyring)
    assert secrets.store_secret("feed:a", "new").remembered is True
    keyring.set_keyring(LockedKeyring())
    assert secrets.get_secret("feed:a") is None


@pytest.mark.parametrize("key, value, message", [
    ("", "x", "a secret needs a name"),
    ("feed:a", "", "the secret for 'feed:a' is empty"),
])
def test_empty_names_and_secrets_are_refused(key, value, message):
    with pytest.raises(ValueError) as info:
        secrets.store_secret(key, value)
    assert str(info.value) == message
