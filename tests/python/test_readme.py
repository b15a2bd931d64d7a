"""The Python example of README.md runs, from the repository's root, and prints what it says."""
import os
import re
import subprocess
import sys

import pytest


def test_readme_python_example_runs(source_dir):
    pytest.importorskip("pandas")
    readme = (source_dir / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- python example: begin.*?-->\n```python\n(.*?)```\n<!-- python example: end -->",
                      readme, re.S)
    assert block, "README.md has no Python example between its markers"
    code = block.group(1)
    assert len(code.strip().splitlines()) == 5
    run = subprocess.run([sys.executable, "-c", code], cwd=source_dir, env=dict(os.environ),
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[0] == "Islamic State"
    assert "date" in run.stdout and "summary" in run.stdout
