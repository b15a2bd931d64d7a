"""Runs the Python tests (tests/python/test_*.py) with pytest; skipped, with a
SKIP line and exit status 77, where pytest is not installed."""
import sys

try:
    import pytest
except ImportError:
    print("SKIP: pytest is not installed (Debian: python3-pytest)")
    sys.exit(77)

sys.exit(pytest.main(["-q", "-p", "no:cacheprovider", "-rs"] + sys.argv[1:]))
