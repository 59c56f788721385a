"""Scripts that measure. They print figures; they never pass or fail, and the test suite
does not run them. ``benchmarks.synthetic`` builds catalogues of any size for them (and for
tests that need many resources)."""
