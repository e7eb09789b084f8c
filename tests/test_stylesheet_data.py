"""chatkit/css/_data.py is what `python -m chatkit.css._generate` makes of its npm sources."""

import os
import shutil
import subprocess
import tempfile

import pytest

from chatkit.css import _data, _generate


def test_stylesheet_data_names_its_sources_and_versions():
    assert _data.SOURCES == _generate.SOURCES
    assert all("%s %s" % item in _data.__doc__ for item in _generate.SOURCES.items())


def test_stylesheet_data_knows_what_the_facts_say_tenants_use():
    # facts: SVG's fill; SPEC 5.7's theme values: colours, lengths, shadows
    assert {"fill", "stroke", "color", "border-radius", "box-shadow"} <= set(_data.PROPERTIES)
    assert {"hover", "is()", "has()"} <= _data.PSEUDO_CLASSES


def test_stylesheet_data_is_what_the_generator_makes_of_its_sources():
    # The sources come from npm's cache, else from the npm registry (reachable in CI); a
    # machine with neither skips, saying why, except in CI, where that is a failure.
    with tempfile.TemporaryDirectory() as folder:
        dirs = _fetched(folder)
        text = _generate.module_text(dirs["css-tree"], dirs["mdn-data"])
    assert text == _generate.TARGET.read_text(encoding="utf-8")


def _fetched(folder):
    why = "npm is not installed"
    if shutil.which("npm") is not None:
        for offline in (True, False):
            try:
                return _generate.fetch(folder, offline=offline)
            except subprocess.CalledProcessError:
                why = "npm could not get %s" % ", ".join("%s@%s" % item
                                                         for item in _generate.SOURCES.items())
    message = "%s: the generated CSS data cannot be checked against its sources" % why
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)
