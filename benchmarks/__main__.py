"""``python -m benchmarks [--size N] [--only NAME] [--json OUT] [--repeat R]``: run and print the table."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from catalog.errors import CatalogError

from .harness import BENCHMARKS, Context, format_table, run, write_json
from .synth import DEFAULT_SEED


def positive(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Vivier's benchmarks against their baselines, measured in the same run "
                    "(a figure is only meaningful beside its baseline: the machines are shared and noisy).")
    parser.add_argument("--size", type=positive, default=100_000,
                        help="offerings in the synthetic catalog (default 100000; organisations are a fifth of it)")
    parser.add_argument("--only", action="append", choices=BENCHMARKS, metavar="NAME",
                        help=f"run only this benchmark (repeatable): {', '.join(BENCHMARKS)}")
    parser.add_argument("--json", type=Path, metavar="OUT", help="also write the rows as JSON to OUT")
    parser.add_argument("--repeat", type=positive, default=3,
                        help="timed repetitions after the warm-up (default 3)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="seed of the synthetic catalog")
    parser.add_argument("--cache-dir", type=Path,
                        help="where generated catalogs are kept (default $VIVIER_BENCH_CACHE or the temp folder)")
    parser.add_argument("--quiet", action="store_true", help="print only the table")
    args = parser.parse_args(argv)

    def log(message: str) -> None:
        if not args.quiet:
            print(f"· {message}", file=sys.stderr, flush=True)

    context = Context(size=args.size, seed=args.seed, repeat=args.repeat, cache_dir=args.cache_dir, log=log)
    rows = run(list(args.only or BENCHMARKS), context)
    print(f"Vivier benchmarks: {args.size:,} offerings, seed {args.seed}, {args.repeat} repetition(s) after a warm-up")
    print(format_table(rows))
    if args.json:
        try:
            write_json(args.json, rows, context)
        except CatalogError as e:
            print(f"error: could not write {args.json}: {e}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
