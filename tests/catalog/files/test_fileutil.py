import os
import stat

import pytest

from catalog.errors import UserInputError
from catalog.files._atomic import _NEW_FILE_MODE, write_text_atomic


def test_a_new_file_gets_ordinary_permissions_not_the_temporary_files_0600(tmp_path):
    target = tmp_path / "out.json"
    write_text_atomic(target, "{}")
    assert stat.S_IMODE(target.stat().st_mode) == _NEW_FILE_MODE
    assert _NEW_FILE_MODE == 0o666 & ~_current_umask()


def test_a_replaced_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    write_text_atomic(target, "new")
    assert (target.read_text(), stat.S_IMODE(target.stat().st_mode)) == ("new", 0o640)


def test_a_failure_while_writing_leaves_the_old_file_and_no_temporary_file(tmp_path):
    from catalog.files import atomic_path

    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(UserInputError, match="the folder .*nowhere does not exist"):
        write_text_atomic(tmp_path / "nowhere" / "x.json", "{}")


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
