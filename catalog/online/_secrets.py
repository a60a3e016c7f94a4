"""Credentials (feed tokens, the INSEE API key) in the system keychain: the only module that touches keyring.

Rules this module keeps:

- A secret goes to the system keychain through ``keyring`` and nowhere else: never a database, a
  settings file, a log or an exception message. There is no plaintext fallback.
- When no usable keychain exists (headless Linux without a Secret Service: keyring's ``fail``
  backend raises ``NoKeyringError``; the ``null`` backend silently drops writes; a ``keyrings.alt``
  backend would write clear text), the secret is kept in this process's memory for the session only
  and the caller is told :data:`NOT_REMEMBERED`.
- Every keyring call is wrapped: ``NoKeyringError`` first, then ``KeyringError`` (locked collection,
  failed unlock, refused write); a failed delete of a missing entry means "already gone".

Secrets are named by a short key such as ``"feed:ugap"`` or ``"insee-sirene"``; they are stored under
the keychain service :data:`SERVICE`.
"""

from __future__ import annotations

from dataclasses import dataclass

from catalog.text.messages import text

# keyring (and the backends it probes) is imported on first use: most runs never touch a secret,
# and the import costs tens of milliseconds at start-up.

#: the keychain "service" every Vivier secret is filed under
SERVICE = "Vivier"
#: what the user is told when a secret could not be put in a keychain
NOT_REMEMBERED = text("secret.not_remembered", "en")
NOT_REMEMBERED_FR = text("secret.not_remembered", "fr")

# Backends that are not a real system keychain: fail raises on every call, null swallows writes
# (a successful set proves nothing), keyrings.alt writes files (clear text for PlaintextKeyring).
_UNUSABLE_BACKENDS = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")

_session: dict[str, str] = {}


@dataclass(frozen=True)
class SecretSaved:
    """Where :func:`store_secret` put a secret: ``remembered`` (system keychain) or this session only."""

    remembered: bool
    message: str | None = None
    message_fr: str | None = None


def _usable(backend) -> bool:
    module = type(backend).__module__
    if module.startswith(_UNUSABLE_BACKENDS):
        return False
    inner = getattr(backend, "backends", None)  # the chainer: usable if one of its backends is
    if inner is not None and type(backend).__module__ == "keyring.backends.chainer":
        return any(_usable(b) for b in inner)
    return True


def keychain_available() -> bool:
    """True when secrets can be remembered in a system keychain (used for the "no system keychain" notice)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return _usable(keyring.get_keyring())
    except KeyringError:
        return False


def store_secret(key: str, secret: str) -> SecretSaved:
    """Keep ``secret`` under ``key``: in the system keychain when there is one, else in memory for this session.

    Raises :class:`ValueError` for an empty key or secret (the message never contains the secret).
    """
    if not key:
        raise ValueError("a secret needs a name")
    if not secret:
        raise ValueError(f"the secret for {key!r} is empty")
    import keyring
    from keyring.errors import KeyringError

    if keychain_available():
        try:
            keyring.set_password(SERVICE, key, secret)
        except KeyringError:  # NoKeyringError included
            pass
        else:
            _session.pop(key, None)
            return SecretSaved(remembered=True)
    _session[key] = secret
    return SecretSaved(remembered=False, message=NOT_REMEMBERED, message_fr=NOT_REMEMBERED_FR)


def get_secret(key: str) -> str | None:
    """The secret stored under ``key`` (keychain first, then this session's memory), or None."""
    import keyring
    from keyring.errors import KeyringError

    if keychain_available():
        try:
            value = keyring.get_password(SERVICE, key)
        except KeyringError:  # NoKeyringError included
            value = None
        if value:
            return value
    return _session.get(key)


def secret_location(key: str) -> str:
    """``"keychain"``, ``"session"`` (memory only, lost on exit) or ``"none"`` for the secret ``key``."""
    import keyring
    from keyring.errors import KeyringError

    if keychain_available():
        try:
            if keyring.get_password(SERVICE, key):
                return "keychain"
        except KeyringError:  # NoKeyringError included
            pass
    return "session" if key in _session else "none"


def forget_secret(key: str) -> bool:
    """Remove the secret ``key`` from the keychain and from memory; a missing secret is not an error.

    Returns False when the keychain refused the deletion (e.g. it is locked): the secret may remain there.
    """
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    _session.pop(key, None)
    if not keychain_available():
        return True
    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        return True  # already gone
    except KeyringError:  # NoKeyringError included
        return False
    return True
