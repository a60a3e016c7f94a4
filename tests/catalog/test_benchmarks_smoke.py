"""The benchmark harness works end to end at N = 1,000 (it never asserts times: benchmarks are programs)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.harness import BENCHMARKS, load, percentile
from benchmarks.synth import build_catalog, generate_records, taxonomy_source
from catalog.records import CatalogStore, validate_record
from catalog.text.folding import fold_words

ROOT = Path(__file__).resolve().parents[2]


def test_generator_is_deterministic_and_valid():
    taxonomy, _origin = taxonomy_source()
    first = generate_records(60, seed=7, taxonomy=taxonomy)
    assert first == generate_records(60, seed=7, taxonomy=taxonomy)
    assert first != generate_records(60, seed=8, taxonomy=taxonomy)
    assert (len(first["organisation"]), len(first["offering"])) == (12, 60)
    capabilities = {c["id"] for c in taxonomy["capabilities"]}
    for kind, records in first.items():
        for record in records:
            assert validate_record(kind, record)[1] == []
            assert set(record.get("capabilities", [])) <= capabilities
        # the importer refuses two records of a kind with the same folded name as probable duplicates
        assert len({fold_words(r["name"]) for r in records}) == len(records)


def test_generator_refuses_an_empty_catalog():
    with pytest.raises(ValueError, match="size must be at least 1, got 0"):
        generate_records(0, taxonomy=taxonomy_source()[0])


def test_built_catalog_goes_through_the_import_path_and_is_cached(tmp_path):
    catalog = build_catalog(40, seed=3, cache_dir=tmp_path)
    assert (catalog.organisations, catalog.offerings, catalog.records) == (8, 40, 48)
    with CatalogStore.open(catalog.db_path) as store:
        assert store.counts() == {"organisation": 8, "offering": 40}
        assert {store.info(r[0])["origin"] for r in store.rows()} == {"import"}
    stamp = catalog.db_path.stat().st_mtime_ns
    assert build_catalog(40, seed=3, cache_dir=tmp_path) == catalog
    assert catalog.db_path.stat().st_mtime_ns == stamp
    assert sorted(p.name for p in tmp_path.iterdir()) == [catalog.folder.name]


@pytest.mark.parametrize("samples, q, expected", [
    ([3.0], 95, 3.0),
    ([1.0, 2.0, 3.0, 4.0, 5.0], 50, 3.0),
    ([5.0, 1.0, 4.0, 2.0, 3.0], 95, 4.8),
    ([0.0, 10.0], 100, 10.0),
])
def test_percentile_interpolates_between_ranks(samples, q, expected):
    assert percentile(samples, q) == pytest.approx(expected)


@pytest.mark.slow
def test_harness_prints_every_row_at_1000(tmp_path):
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--size", "1000", "--repeat", "1", "--quiet",
         "--cache-dir", str(tmp_path / "cache"), "--json", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Vivier benchmarks: 1,000 offerings, seed 20261129, 1 repetition(s) after a warm-up"
    header = [cell.strip() for cell in lines[1].strip("|").split("|")]
    assert header == ["benchmark", "metric", "Vivier", "baseline", "ratio", "target", "met"]
    table = [[cell.strip() for cell in line.strip("|").split("|")] for line in lines[3:]]
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [[r["benchmark"], r["metric"], r["vivier"], r["baseline"], r["ratio"], r["target"], r["met"]]
            for r in document["rows"]] == table
    assert (document["size"], document["repeat"]) == (1000, 1)
    for name in BENCHMARKS:
        module = load(name)
        printed = [row for row in table if row[0] == name]
        assert len(printed) == len(module.METRICS), (name, printed)
        for metric, row in zip(module.METRICS, printed):
            assert row[1].startswith(metric)
            assert not row[2].startswith("failed"), row
            assert row[6] in ("yes", "no", "-"), row
