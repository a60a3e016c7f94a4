"""Writing files safely: a temporary file in the target folder, then an atomic rename.

A failure (disk full, exception while writing) never leaves a half-written or truncated file behind,
and an existing file is only replaced once the new one is complete.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from catalog.errors import UserInputError


def _read_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: read once at import (os.umask can only be read by setting it); temporary files are created 0600,
#: so the renamed file gets the permissions an ordinary new file would have, or those of the file it replaces
_NEW_FILE_MODE = 0o666 & ~_read_umask()


@contextlib.contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success it is renamed to ``target``.

    Raises :class:`UserInputError` naming the file when the folder is missing, not writable or the
    target is locked.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserInputError(f"cannot write {target}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as e:
        raise UserInputError(f"cannot write {target}: {e.strerror or e} (is the folder read-only?)") from e
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        try:
            mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else _NEW_FILE_MODE
            os.chmod(tmp, mode)
            os.replace(tmp, target)
        except OSError as e:
            raise UserInputError(
                f"cannot replace {target}: {e.strerror or e} (is it open in another program, or read-only?)"
            ) from e
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_text_atomic(target: Path | str, text: str, *, encoding: str = "utf-8") -> None:
    with atomic_path(target) as tmp:
        tmp.write_text(text, encoding=encoding, newline="")
