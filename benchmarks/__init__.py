"""Reproducible performance runs of Vivier against named baselines (``python -m benchmarks``).

Benchmarks are programs, not timed tests: machines are shared and noisy, so every figure is printed
beside a baseline measured in the same run, as a ratio. :mod:`benchmarks.synth` generates the
deterministic synthetic catalogs they run on; :mod:`benchmarks.harness` runs them and prints the table.
"""
