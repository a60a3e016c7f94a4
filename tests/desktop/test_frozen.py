"""The one-folder PyInstaller build (build.spec), built into a temporary folder and run as a user would.

Marked ``frozen``: the build takes ~20 s here, so the module builds once and every test runs the
same folder. The frozen app runs from an empty working folder, with a clean environment, so it
can only find what the build bundled (never the source checkout). The layout checks describe
the Linux build (what CI builds); Windows and macOS builds are checked by hand (docs/building.md).
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

import catalog
from tests.desktop.test_build_spec import spec_constant

pytestmark = pytest.mark.frozen

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 300
RUN_TIMEOUT = 60
SIZE_BUDGET = 149_700_000  # bytes; 148.7 MB measured, a guard against regressions (docs/building.md explains the size)


@pytest.fixture(scope="module")
def frozen(tmp_path_factory) -> Path:
    """The built folder (``<tmp>/dist/vivier``), built from the checkout with this interpreter's PyInstaller."""
    out = tmp_path_factory.mktemp("frozen-build")
    proc = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "work"), str(ROOT / "build.spec")],
        cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT,
        env={**os.environ, "VIVIER_BUILD_REPORT": str(out / "filtered.txt")},
    )
    assert proc.returncode == 0, f"PyInstaller failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
    return out / "dist" / "vivier"


def _clean_env(tmp_path: Path) -> dict[str, str]:
    """What a user's session gives the app: no PYTHONPATH, a fresh home and data folder, offscreen Qt."""
    keep = {"LANG": "C.UTF-8", **{k: v for k, v in os.environ.items() if k in ("PATH", "LANG", "LC_ALL", "TZ")}}
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {**keep, "HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"), "VIVIER_DATA_DIR": str(tmp_path / "data"),
            "QT_QPA_PLATFORM": "offscreen"}


def _run_frozen(folder: Path, tmp_path: Path, *args: str, stdin: str = "",
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    workdir = tmp_path / "cwd"
    workdir.mkdir(exist_ok=True)
    exe = folder / ("vivier.exe" if sys.platform == "win32" else "vivier")
    return subprocess.run([str(exe), *args], cwd=workdir, env={**_clean_env(tmp_path), **(env or {})},
                          input=stdin, capture_output=True, text=True, timeout=RUN_TIMEOUT)


def _run_source(tmp_path: Path, *args: str, stdin: str = "",
                env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """The same command from the checkout (what ``pip install`` users run), for comparison."""
    env = {**_clean_env(tmp_path), "PYTHONPATH": str(ROOT), "VIVIER_DATA_DIR": str(tmp_path / "source-data"),
           **(env or {})}
    return subprocess.run([sys.executable, "-m", "desktop", *args], cwd=tmp_path, env=env,
                          input=stdin, capture_output=True, text=True, timeout=RUN_TIMEOUT)


def test_version_comes_from_the_package(frozen, tmp_path):
    proc = _run_frozen(frozen, tmp_path, "--version")
    assert (proc.returncode, proc.stdout, proc.stderr) == (0, f"vivier {catalog.__version__}\n", "")


def test_every_subcommand_module_is_bundled(frozen, tmp_path):
    # desktop/commands/*_cmd.py are found with pkgutil at run time: the frozen --help lists the
    # same commands as the source checkout only if the spec collected every module.
    frozen_help = _run_frozen(frozen, tmp_path, "--help")
    source_help = _run_source(tmp_path, "--help")
    assert frozen_help.returncode == source_help.returncode == 0
    assert frozen_help.stdout == source_help.stdout


def test_catalog_stats_match_the_source_checkout(frozen, tmp_path):
    # The frozen app seeds its data folder from the bundled resources/ (catalog/paths.py through
    # sys._MEIPASS); identical statistics mean every shipped catalog file made it into the build.
    proc = _run_frozen(frozen, tmp_path, "catalog", "stats", "--json")
    assert proc.returncode == 0, proc.stderr
    expected = _run_source(tmp_path, "catalog", "stats", "--json")
    assert expected.returncode == 0, expected.stderr
    stats = json.loads(proc.stdout)
    assert stats == json.loads(expected.stdout)
    assert stats["organisations"] > 0 and stats["records_without_source"] == 0


@pytest.mark.parametrize("backend", [
    "keyring.backends.SecretService.Keyring",   # Linux
    "keyring.backends.macOS.Keyring",           # macOS
    "keyring.backends.Windows.WinVaultKeyring",  # Windows
    "keyring.backends.fail.Keyring",            # no keychain at all
])
def test_every_keyring_backend_is_bundled(frozen, tmp_path, backend):
    # Forcing each platform's backend makes keyring import its module: the frozen app must react
    # exactly as the source checkout does (here: "unavailable on this system"), never with a
    # missing module. The organisation does not exist, so nothing goes to the network.
    args = ("verify-size", "no-such-organisation", "--source", "insee-sirene", "--insee-key-stdin")
    env = {"PYTHON_KEYRING_BACKEND": backend, "VIVIER_DATA_DIR": str(tmp_path / "data")}
    frozen_run = _run_frozen(frozen, tmp_path, *args, stdin="key\n", env=env)
    source_run = _run_source(tmp_path, *args, stdin="key\n", env=env)
    assert "ModuleNotFoundError" not in frozen_run.stderr
    assert (frozen_run.returncode, frozen_run.stderr) == (source_run.returncode, source_run.stderr)


def test_resources_are_bundled_byte_for_byte(frozen):
    # the catalog's record files travel gzip-compressed (build.spec's COMPRESSED_RESOURCES); their content is
    # the source's, byte for byte, once decompressed
    bundled = frozen / "_internal" / "catalog" / "resources"
    source = ROOT / "resources"
    patterns, compressed = spec_constant("RESOURCE_PATTERNS"), spec_constant("COMPRESSED_RESOURCES")
    plain = spec_constant("UNCOMPRESSED_NAMES")
    names = sorted(p.relative_to(source) for pat in patterns for p in source.glob(pat) if p.is_file())
    packed = {name: Path(f"{name}.gz") if name.match(compressed) and name.name not in plain else name
              for name in names}
    found = sorted(p.relative_to(bundled) for p in bundled.rglob("*") if p.is_file())
    assert found == sorted(packed.values())
    assert sum(1 for name, there in packed.items() if name != there) == 5
    for name, there in packed.items():
        content = (bundled / there).read_bytes()
        assert (gzip.decompress(content) if there != name else content) == (source / name).read_bytes(), name


def test_only_the_qt_plugins_and_translations_the_app_uses(frozen):
    qt = frozen / "_internal" / "PySide6" / "Qt"
    plugins = {f"{p.parent.name}/{p.name}" for p in (qt / "plugins").rglob("*") if p.is_file()}
    assert {p for p in plugins if p.startswith("platforms/")} == {
        "platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so"}
    assert {p.split("/")[0] for p in plugins} <= {
        "platforms", "xcbglintegrations", "wayland-shell-integration", "wayland-decoration-client",
        "platforminputcontexts", "platformthemes", "styles",
        "imageformats", "iconengines"}
    assert "wayland-shell-integration/libxdg-shell.so" in plugins
    assert "platforminputcontexts/libcomposeplatforminputcontextplugin.so" in plugins
    assert sorted(p.name for p in (qt / "translations").iterdir()) == ["qtbase_en.qm", "qtbase_fr.qm"]
    unwanted = ("Network", "Qml", "Quick", "Pdf", "VirtualKeyboard", "WebEngine", "OpenGL.", "EglFS")
    assert [p.name for p in frozen.rglob("*Qt6*") if any(u in p.name for u in unwanted)] == []


def test_every_bundled_qt_library_finds_its_qt_dependencies(frozen):
    # The spec drops plugins and then the libraries only they needed; a kept plugin or library
    # whose libQt6* dependency was dropped would fail only on a user's display, so check them all.
    internal = frozen / "_internal"
    names = {p.name for p in internal.rglob("*")}
    missing = {}
    for lib in sorted(internal.rglob("*.so*")):
        if lib.is_symlink() or not lib.is_file():
            continue
        needed = subprocess.run(["readelf", "-d", str(lib)], capture_output=True, text=True).stdout
        qt_needed = [line.split("[")[1].rstrip("]") for line in needed.splitlines()
                     if "(NEEDED)" in line and "libQt6" in line]
        if absent := [n for n in qt_needed if n not in names]:
            missing[str(lib.relative_to(internal))] = absent
    assert missing == {}


def _system_packages() -> set[str]:
    """The Debian/Ubuntu packages ``scripts/system-deps.sh app`` installs (its APP_PACKAGES)."""
    text = (ROOT / "scripts" / "system-deps.sh").read_text(encoding="utf-8")
    return set(re.search(r'^APP_PACKAGES="([^"]*)"', text, re.MULTILINE).group(1).replace("\\\n", " ").split())


def _owning_package(path: str) -> str:
    """The Debian package that installed a library file (dpkg may know it under /lib or /usr/lib)."""
    real = os.path.realpath(path)
    for candidate in dict.fromkeys([path, real, real.removeprefix("/usr"), "/usr" + real]):
        proc = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if proc.returncode == 0:
            return proc.stdout.split(":")[0]
    raise AssertionError(f"no Debian package owns {path} ({real})")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux folder relies on the system's libraries")
def test_every_bundled_library_loads_with_this_systems_libraries(frozen):
    # build.spec leaves the desktop libraries (X11, xcb, fonts, D-Bus, GLib) to the system. Every
    # library and Qt plugin in the folder must find each dependency, in the folder or on this
    # machine, the way the frozen app searches (its bootloader puts _internal/ on LD_LIBRARY_PATH),
    # and every system library it names directly must come from a package that
    # `scripts/system-deps.sh app` installs (what docs/building.md tells users to install).
    internal = frozen / "_internal"
    unresolved, from_system = {}, {}
    for lib in sorted(internal.rglob("*.so*")):
        if lib.is_symlink() or not lib.is_file():
            continue
        proc = subprocess.run(["ldd", str(lib)], capture_output=True, text=True,
                              env={**os.environ, "LD_LIBRARY_PATH": str(internal)})
        assert proc.returncode == 0, f"ldd {lib}: {proc.stderr}"
        resolved = dict(re.findall(r"^\s*(\S+) => (.+?)(?: \(0x[0-9a-f]+\))?$", proc.stdout, re.MULTILINE))
        if absent := sorted(name for name, where in resolved.items() if where == "not found"):
            unresolved[str(lib.relative_to(internal))] = absent
        needed = re.findall(r"\(NEEDED\).*\[(.+)\]", subprocess.run(
            ["readelf", "-d", str(lib)], capture_output=True, text=True).stdout)
        for name in needed:
            where = resolved.get(name, "")
            if where.startswith("/") and not where.startswith(str(internal) + "/"):
                from_system.setdefault(name, where)
    assert unresolved == {}
    packages = {name: _owning_package(path) for name, path in from_system.items()}
    assert {name: p for name, p in packages.items() if p not in _system_packages() | {"libc6"}} == {}
    # ... and the libraries the spec leaves to the system are the ones the folder takes from it:
    # none of them is bundled, and each is still needed by something in the folder.
    patterns = [n for names in spec_constant("SYSTEM_LIBRARIES").values() for n in names]
    bundled = sorted(p.name for p in internal.iterdir() if p.name.startswith("lib") and ".so" in p.name
                     and not p.is_symlink())
    python = f"libpython{sys.version_info.major}.{sys.version_info.minor}.so.1.0"
    assert bundled == sorted(["libbz2.so.1.0", "libcrypto.so.3", "libffi.so.8", "libgcc_s.so.1", "liblzma.so.5",
                              python, "libsqlite3.so.0", "libssl.so.3", "libstdc++.so.6", "libzstd.so.1"])
    left_to_system = {name for name in from_system
                      if any(re.fullmatch(rf"{p}\.so(?:\.\d+)*", name) for p in patterns)}
    assert {"libX11.so.6", "libxkbcommon.so.0", "libfontconfig.so.1", "libfreetype.so.6", "libz.so.1",
            "libdbus-1.so.3", "libglib-2.0.so.0", "libxcb-cursor.so.0"} <= left_to_system
    # Python's East Asian codecs are left out too (Vivier reads UTF-8 only).
    assert sorted(p.name for p in internal.rglob("_*codec*")) == []


def test_the_folder_stays_within_its_size_budget(frozen):
    size = sum(p.stat().st_size for p in frozen.rglob("*") if p.is_file() and not p.is_symlink())
    assert size <= SIZE_BUDGET, f"the build is {size / 1e6:.1f} MB, over the {SIZE_BUDGET / 1e6:.0f} MB budget"


# What Qt asks of ICU (collation, case mapping, time-zone names, legacy character sets through the
# XML reader) plus text boundaries and typing in a line edit, printed as JSON. It runs in this
# interpreter's PySide6, once with PySide6's own ICU data and once with the build's trimmed copy
# (LD_LIBRARY_PATH wins over the RUNPATH that points Qt at its own copy).
ICU_PROBE = r"""
import json
from PySide6.QtCore import (QBuffer, QByteArray, QCollator, QEvent, QLocale, QStringDecoder, Qt,
                            QTextBoundaryFinder, QTimeZone, QXmlStreamReader)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
app = QApplication([])
out = {}
words = ["cote", "côte", "coté", "côté", "Zoé", "zèbre", "éclair", "Eclair", "œuvre", "ouvrir", "Été", "ete"]
for loc in ("fr_FR", "fr_CA", "fr_BE", "en_GB", "en_US"):
    collator = QCollator(QLocale(loc))
    out[f"sort {loc}"] = sorted(words, key=collator.sortKey)
    collator.setNumericMode(True)
    out[f"numeric {loc}"] = sorted(["a10", "a9", "a100"], key=collator.sortKey)
for loc in ("fr_FR", "en_US"):
    out[f"case {loc}"] = [QLocale(loc).toUpper("œuvre déjà straße"), QLocale(loc).toLower("ÉCOLE ΣΟΦΟΣ")]
    out[f"zones {loc}"] = [QTimeZone(tz).displayName(QTimeZone.TimeType.StandardTime,
                                                     QTimeZone.NameType.LongName, QLocale(loc))
                           for tz in (b"Europe/Paris", b"America/New_York")]
# Every kind of time-zone name, for zones with and without a name of their own (the region-based
# and offset fallbacks), and the names and formats QLocale gives (language, territory, currency).
for loc in ("fr_FR", "fr_CA", "en_GB", "en_US"):
    out[f"all zone names {loc}"] = [
        QTimeZone(tz).displayName(kind, name, QLocale(loc))
        for tz in (b"Europe/Paris", b"Europe/London", b"America/Montreal", b"Asia/Kolkata",
                   b"Pacific/Chatham", b"Africa/Casablanca", b"UTC")
        for kind in QTimeZone.TimeType for name in QTimeZone.NameType]
    locale = QLocale(loc)
    out[f"names {loc}"] = [locale.nativeLanguageName(), locale.nativeTerritoryName(),
                           QLocale.languageToString(QLocale.Language.German), locale.toCurrencyString(1234.5),
                           locale.currencySymbol(QLocale.CurrencySymbolFormat.CurrencyDisplayName),
                           locale.toString(1234567.891, "f", 2), locale.dateFormat(QLocale.FormatType.LongFormat)]
for encoding, raw in (("windows-1252", b"\x80\xe9\x9c"), ("ISO-8859-15", b"\xa4\xe9\xbd"), ("IBM850", b"\x82\x8a")):
    buffer = QBuffer()
    buffer.setData(QByteArray(b'<?xml version="1.0" encoding="' + encoding.encode() + b'"?><a>' + raw + b"</a>"))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    reader = QXmlStreamReader(buffer)
    while not reader.atEnd():
        if reader.readNext() == QXmlStreamReader.TokenType.Characters:
            out[f"xml {encoding}"] = reader.text()
out["codecs"] = sorted(QStringDecoder.availableCodecs())
for kind in QTextBoundaryFinder.BoundaryType:
    text = "L'été de Zoé, déjà ! M. Dupont arrive à 10 h. Ça va ? Oui."
    finder, out[f"boundaries {kind.name}"] = QTextBoundaryFinder(kind, text), []
    while (pos := finder.toNextBoundary()) != -1:
        out[f"boundaries {kind.name}"].append(pos)
edit = QLineEdit()
edit.show()
for char in "Ça s'écrit « déjà »":
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
edit.home(False)
out["line edit"] = [edit.text()]
for _ in range(6):
    edit.cursorWordForward(False)
    out["line edit"].append(edit.cursorPosition())
print(json.dumps(out, ensure_ascii=False))
"""


def _icu_probe(tmp_path: Path, icu_dir: Path | None) -> dict:
    env = {**_clean_env(tmp_path), **({"LD_LIBRARY_PATH": str(icu_dir)} if icu_dir else {})}
    proc = subprocess.run([sys.executable, "-c", ICU_PROBE], env=env, capture_output=True, text=True,
                          timeout=RUN_TIMEOUT)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the ICU data is trimmed on Linux only")
def test_the_trimmed_icu_data_serves_french_and_english_as_the_full_data(frozen, tmp_path):
    # build.spec replaces Qt's 32 MB ICU data library with one trimmed to root/fr/en (scripts/trim_icu.py).
    [icu] = [p for p in (frozen / "_internal" / "PySide6" / "Qt" / "lib").glob("libicudata.so.*")]
    assert icu.stat().st_size < 6_000_000, "the build kept the full ICU data: is icupkg (icu-devtools) installed?"
    (tmp_path / "icu").mkdir()
    (tmp_path / "icu" / icu.name).symlink_to(icu)
    full, trimmed = _icu_probe(tmp_path, None), _icu_probe(tmp_path, tmp_path / "icu")
    # Only the East Asian multi-byte character sets are gone (Shift-JIS, GB18030, Big5, EUC-KR, ...).
    full_codecs, trimmed_codecs = set(full.pop("codecs")), set(trimmed.pop("codecs"))
    assert trimmed_codecs < full_codecs and {"windows-1252", "ISO-8859-15", "KOI8-R"} <= trimmed_codecs
    assert {"Shift_JIS", "GB18030", "Big5"} <= full_codecs - trimmed_codecs
    assert trimmed == full
    # ... and the full data's answers are the expected ones, so the comparison is not vacuous.
    assert trimmed["sort fr_CA"] == ["cote", "côte", "coté", "côté", "Eclair", "éclair", "ete", "Été",
                                     "œuvre", "ouvrir", "zèbre", "Zoé"]  # Canadian French: last accent first
    assert trimmed["sort fr_FR"][:4] == ["cote", "coté", "côte", "côté"]
    assert trimmed["numeric en_GB"] == ["a9", "a10", "a100"]
    assert trimmed["case fr_FR"] == ["ŒUVRE DÉJÀ STRASSE", "école σοφος"]
    assert trimmed["zones fr_FR"] == ["heure normale d’Europe centrale", "heure normale de l’Est nord-américain"]
    assert trimmed["zones en_US"] == ["Central European Standard Time", "Eastern Standard Time"]
    assert (trimmed["xml windows-1252"], trimmed["xml ISO-8859-15"], trimmed["xml IBM850"]) == ("€éœ", "€éœ", "éè")
    assert trimmed["line edit"][0] == "Ça s'écrit « déjà »"
    assert trimmed["all zone names fr_FR"][:8] == [  # Europe/Paris, standard then daylight time
        "heure normale d’Europe centrale", "heure normale d’Europe centrale", "UTC+1", "UTC+01:00",
        "heure d’été d’Europe centrale", "heure d’été d’Europe centrale", "UTC+2", "UTC+02:00"]
    assert trimmed["names fr_FR"] == ["français", "France", "German", "1\u202f234,50\xa0€", "euro",
                                      "1\u202f234\u202f567,89", "dddd d MMMM yyyy"]
    assert trimmed["boundaries Sentence"] == [21, 24, 46, 54, 58]


def _self_test_lines(proc: subprocess.CompletedProcess, data_dir: Path) -> list[str]:
    """The self-test's report with the step timings and the data folder's path left out."""
    text = proc.stdout.replace(str(data_dir), "<data>")
    return [re.sub(r" \(\d+\.\d\d s\)$", "", line) for line in text.splitlines()]


def test_self_test_passes_offscreen_in_under_3_seconds(frozen, tmp_path):
    # A first start: the data folder does not exist yet, so the timing includes creating it and
    # loading the shipped catalog, as for a new user.
    start = time.perf_counter()
    proc = _run_frozen(frozen, tmp_path, "self-test")
    elapsed = time.perf_counter() - start
    assert proc.returncode == 0, proc.stdout + proc.stderr
    source = _run_source(tmp_path, "self-test")
    assert source.returncode == 0, source.stdout + source.stderr
    lines = _self_test_lines(proc, tmp_path / "data")
    assert lines == _self_test_lines(source, tmp_path / "source-data")
    assert lines[-1] == "self-test passed" and lines[-2].startswith("ok    open and close the main window: offscreen")
    assert elapsed < 3.0, f"the frozen self-test took {elapsed:.2f} s"
