"""Measure the reader on real published texts: `python3 -m bench.reader [dev|heldout] [--show]`."""
