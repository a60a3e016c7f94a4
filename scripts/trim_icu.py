"""Rebuilds Qt's ICU data library (libicudata.so.<N>) with only the data Vivier's Qt can use.

PySide6's Linux wheel ships ICU, which Qt Core links, and ICU's data library is 32 MB: every
locale of CLDR, every legacy character set, the word-break dictionaries of Chinese, Japanese,
Thai, Khmer, Lao and Burmese. Qt Core calls only a few ICU services (``QT_ICU_FAMILIES``: legacy
character-set converters, collation, time-zone names, locale-aware case mapping) and Vivier
runs in French or English, so build.spec (Linux only) keeps:

- every item that belongs to no locale (CLDR supplemental data, time-zone rules, normalisation,
  the collation base table, the converter alias table, break rules, ...);
- the locale items of root, English and French, with all their regional variants (en_GB, fr_CA,
  ...), in every locale tree (locales, collation, zones, currencies, languages, ...);
- the single-byte converters (the Latin, Cyrillic, Greek, ... code pages and the IBM/Mac
  ones), but not the multi-byte East Asian ones, which are most of the converters' size;

and leaves out the locale trees that none of those services reads (``UNUSED_TREES``): the
transliteration rules, the break rules and word-break dictionaries (ICU's transliterator and
break-iterator APIs: Qt calls neither, it has its own text boundaries), and the display names of
languages, regions, currencies and units and the number spell-out rules (ICU's display-name and
number-format APIs: Qt takes those from its own CLDR tables in QLocale).

How: the data is one symbol (``icudt<N>_dat``) holding ICU's "common data" package. The script
copies it out of the library, removes items with ``icupkg`` (Debian/Ubuntu package
icu-devtools), and links a replacement library exporting the same symbol with the same soname
from an assembly file (``as`` and ``ld``, from binutils, which the build already needs for
``strip``). Run by hand to see what it does:

    python scripts/trim_icu.py .venv/lib/python3.11/site-packages/PySide6/Qt/lib/libicudata.so.73 /tmp/out.so
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

KEEP_LANGUAGES = frozenset({"root", "en", "fr"})
# The prefixes of every ICU function Qt Core imports (PySide6 6.11: ucnv_*, UCNV_* callbacks,
# ucol_*, ucal_* time-zone names, u_strToUpper/u_strToLower). A Qt that starts calling another
# service (break iterators, transliterators, ...) may need data this script removes, so the
# build then keeps the whole library and says why.
QT_ICU_FAMILIES = ("ucnv_", "UCNV_", "ucol_", "ucal_", "u_strTo")
# A converter above this size is a multi-byte (East Asian) table or an extension of one; every
# single-byte code page is far below it (the largest, an EBCDIC one with extensions, is 20 kB).
SINGLE_BYTE_CONVERTER_LIMIT = 32 * 1024
# Locale trees (folders of the package) read only by ICU services Qt does not call; see above.
UNUSED_TREES = frozenset({"translit", "brkitr", "lang", "region", "curr", "unit", "rbnf"})
_LOCALE_ID = re.compile(r"^(root|[a-z]{2,3})(_.*)?$")
_NOT_LOCALES = {"res_index", "pool"}


class TrimError(Exception):
    """The data could not be trimmed; the message says why (the build keeps the full library)."""


@dataclass(frozen=True)
class TrimResult:
    """What :func:`trim_library` wrote: the new library and the sizes before and after."""

    library: Path
    size_before: int
    size_after: int
    items_before: int
    items_after: int


def _elf_sections(data: bytes):
    """(name, address, offset, size) of every section of a 64-bit little-endian ELF file."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise TrimError("not a 64-bit little-endian ELF library")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum, shstrndx = struct.unpack_from("<HHH", data, 0x3A)
    headers = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names_offset = headers[shstrndx][4]

    def name(off):
        start = names_offset + off
        return data[start:data.index(b"\0", start)].decode()

    return [(name(h[0]), h[1], h[3], h[4], h[5], h[6]) for h in headers]  # name, type, addr, offset, size, link


def extract_common_data(library: Path) -> tuple[str, bytes]:
    """The exported ``icudt<N>_dat`` symbol's name and bytes (ICU's common data package)."""
    data = library.read_bytes()
    sections = _elf_sections(data)
    dynsym = [s for s in sections if s[0] == ".dynsym"]
    if not dynsym:
        raise TrimError(f"{library.name} exports no symbols")
    _, _, _, sym_off, sym_size, link = dynsym[0]
    str_off = sections[link][3]
    for i in range(sym_off, sym_off + sym_size, 24):
        st_name, _, _, st_shndx, st_value, st_size = struct.unpack_from("<IBBHQQ", data, i)
        name = data[str_off + st_name:data.index(b"\0", str_off + st_name)].decode()
        if re.fullmatch(r"icudt\d+_dat", name) and st_shndx:
            for _, _, addr, offset, size, _ in sections:
                if addr <= st_value and st_value + st_size <= addr + size and addr:
                    start = offset + st_value - addr
                    return name, data[start:start + st_size]
    raise TrimError(f"{library.name} exports no icudt<N>_dat symbol")


def _items(common: bytes) -> dict[str, int]:
    """Every item of ICU common data, by name without the package prefix (``coll/fr.res``), with its size."""
    header_size, = struct.unpack_from("<H", common, 0)
    count, = struct.unpack_from("<I", common, header_size)
    entries = [struct.unpack_from("<II", common, header_size + 4 + 8 * i) for i in range(count)]
    names = [common[header_size + n:common.index(b"\0", header_size + n)].decode("ascii", "replace")
             for n, _ in entries]
    starts = sorted(header_size + d for _, d in entries) + [len(common)]
    size_at = dict(zip(starts, (b - a for a, b in zip(starts, starts[1:]))))
    return {name: size_at[header_size + d] for name, (_, d) in zip(names, entries)}


def _keep(item: str, size: int) -> bool:
    """Whether a package item (``coll/fr_CA.res``, as ``icupkg -l`` names it) stays in the trimmed data."""
    parts = item.split("/")
    tree, leaf = (parts[0] if len(parts) > 1 else ""), parts[-1]
    stem, _, suffix = leaf.rpartition(".")
    if tree in UNUSED_TREES or suffix == "dict":
        return False  # UNUSED_TREES; the Chinese/Japanese/Thai/... word-break dictionaries
    if suffix == "cnv":
        return size <= SINGLE_BYTE_CONVERTER_LIMIT
    if suffix == "res" and stem not in _NOT_LOCALES and (match := _LOCALE_ID.match(stem)):
        return match.group(1) in KEEP_LANGUAGES
    return True


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        package = "icu-devtools" if name == "icupkg" else "binutils"
        raise TrimError(f"`{name}` is not installed (Debian/Ubuntu package {package})")
    return path


def _run(args, cwd: Path) -> None:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise TrimError(f"{Path(args[0]).name} failed: {(proc.stderr or proc.stdout).strip()[-500:]}")


def trim_library(library: Path, out: Path) -> TrimResult:
    """Write to ``out`` a copy of the ICU data library ``library`` without the data Qt cannot use."""
    icupkg, assembler, linker = _tool("icupkg"), _tool("as"), _tool("ld")
    symbol, common = extract_common_data(library)
    soname = library.name
    with tempfile.TemporaryDirectory(prefix="vivier-icu-") as tmp:
        work = Path(tmp)
        sizes = _items(common)
        package = {name.split("/", 1)[0] for name in sizes}
        if len(package) != 1 or not all("/" in name for name in sizes):
            raise TrimError(f"the data of {library.name} is not one ICU package")
        # icupkg wants the file named after the package (icudt73l), the prefix of every item name.
        package = package.pop()
        sizes = {name.split("/", 1)[1]: size for name, size in sizes.items()}
        if not {"coll/fr.res", "coll/ucadata.icu", "cnvalias.icu"} <= set(sizes):
            raise TrimError(f"the data of {library.name} has no French collation; its layout is not ICU's")
        full, trimmed = f"{package}.dat", f"trimmed/{package}.dat"
        (work / full).write_bytes(common)
        (work / "trimmed").mkdir()
        remove = [item for item, size in sizes.items() if not _keep(item, size)]
        # A converter that extends a removed multi-byte table (windows-936 extends ibm-1386, ...)
        # must go with it: icupkg refuses to write a package with a dangling dependency and names
        # the item, so add those and try again.
        for _ in range(5):
            (work / "remove.txt").write_text("".join(i + "\n" for i in remove), encoding="ascii")
            proc = subprocess.run([icupkg, "-r", "remove.txt", full, trimmed], cwd=work,
                                  capture_output=True, text=True)
            dangling = re.findall(r"(\S+) depends on missing item", proc.stderr)
            if proc.returncode == 0 or not dangling:
                break
            remove += [i for i in dict.fromkeys(dangling) if i in sizes and i not in remove]
        if proc.returncode != 0:
            raise TrimError(f"icupkg failed: {(proc.stderr or proc.stdout).strip()[-500:]}")
        # The data must be 16-byte aligned (ICU reads it in place, as genccode lays it out).
        (work / "data.s").write_text(
            '\t.section .rodata\n\t.balign 16\n'
            f'\t.globl {symbol}\n\t.type {symbol}, @object\n'
            f'{symbol}:\n\t.incbin "{trimmed}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
        _run([assembler, "--64", "-o", "data.o", "data.s"], cwd=work)
        out.parent.mkdir(parents=True, exist_ok=True)
        _run([linker, "-shared", "-soname", soname, "-z", "noexecstack", "-s", "-o", str(out.resolve()), "data.o"],
             cwd=work)
        if extract_common_data(out)[1] != (work / trimmed).read_bytes():
            raise TrimError(f"the rebuilt {soname} does not hold the trimmed data")
    return TrimResult(out, library.stat().st_size, out.stat().st_size, len(sizes), len(sizes) - len(remove))


def unexpected_icu_calls(binaries: list[Path]) -> dict[str, list[str]]:
    """ICU functions outside ``QT_ICU_FAMILIES`` that the given libraries import, by library name."""
    nm = _tool("nm")
    found = {}
    for path in binaries:
        # ICU's own libraries call each other; a library that does not name an ICU library
        # (in its list of needed libraries) calls no ICU function.
        if path.name.startswith("libicu") or b"libicu" not in path.read_bytes():
            continue
        proc = subprocess.run([nm, "-D", "--undefined-only", str(path)], capture_output=True, text=True)
        names = [line.split()[-1] for line in proc.stdout.splitlines() if line.strip()]
        icu = [n for n in names if re.search(r"_\d{2,3}$", n) and re.match(r"u[a-z]*_|U[A-Z]+_", n)]
        if odd := sorted(n for n in icu if not n.startswith(QT_ICU_FAMILIES)):
            found[path.name] = odd
    return found


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: trim_icu.py <libicudata.so.N> <output library>")
    try:
        r = trim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    except TrimError as exc:
        sys.exit(f"trim_icu: {exc}")
    print(f"{r.library}: {r.size_before / 1e6:.1f} MB -> {r.size_after / 1e6:.1f} MB, "
          f"{r.items_before} -> {r.items_after} data items")
