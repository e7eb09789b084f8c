"""chatkit/css/_data.py is what `python -m chatkit.css._generate` makes of its npm sources."""

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
    # The sources come from npm's cache (no network in tests): where they are not there,
    # `python -m chatkit.css._generate` fetches them once.
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed: the sources cannot be read here")
    with tempfile.TemporaryDirectory() as folder:
        try:
            dirs = _generate.fetch(folder, offline=True)
        except subprocess.CalledProcessError:
            pytest.skip("%s not in npm's cache: run python -m chatkit.css._generate"
                        % ", ".join("%s@%s" % item for item in _generate.SOURCES.items()))
        text = _generate.module_text(dirs["css-tree"], dirs["mdn-data"])
    assert text == _generate.TARGET.read_text(encoding="utf-8")
