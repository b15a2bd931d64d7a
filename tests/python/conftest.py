"""Shared fixtures of the Python tests: the source tree, the bundled articles and the
command-line program (MOSULKG_SOURCE_DIR, MOSULKG_CLI, set by ctest)."""
import os
import pathlib

import pytest

SOURCE = pathlib.Path(os.environ.get("MOSULKG_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))


@pytest.fixture(scope="session")
def source_dir():
    return SOURCE


@pytest.fixture(scope="session")
def articles():
    return SOURCE / "examples" / "articles"


@pytest.fixture(scope="session")
def cli():
    path = os.environ.get("MOSULKG_CLI") or str(SOURCE / "build" / "mosulkg")
    if not os.path.exists(path):
        pytest.skip("the mosulkg program is not built")
    return path


@pytest.fixture(scope="session")
def bundled(articles):
    import mosulkg

    return mosulkg.Pipeline().run([articles])


@pytest.fixture(scope="session")
def written(bundled, tmp_path_factory):
    out = tmp_path_factory.mktemp("out") / "graphs"
    bundled.write(out)
    return out
