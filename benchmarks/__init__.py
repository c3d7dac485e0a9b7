"""Performance benchmarks: every figure is a ratio against a baseline measured in the same
run, at a regional and a national scale. Run with `python -m benchmarks`."""
