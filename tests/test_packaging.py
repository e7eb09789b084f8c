"""The wheel carries what chatkit needs at run time: templates, the emulator, static files."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "--wheel-dir", str(out), str(ROOT)],
        check=True, capture_output=True,
    )
    return next(out.glob("chatkit_8x8-*.whl"))


def test_wheel_ships_templates_and_static_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {"chatkit/templates/" + p.name for p in (ROOT / "templates").glob("*.j2")}
    expected |= {"chatkit/templates/" + p.name for p in (ROOT / "templates").glob("*.toml")}
    expected |= {"chatkit/static/" + p.name for p in (ROOT / "static").glob("*.js")}
    # MicroPython's runtime as `[python] runtime = "micropython"` ships it, with its licence,
    # and the stand-ins of Brython's modules its pages get.
    expected |= {"chatkit/static/micropython/" + name for name in (
        "micropython.mjs", "micropython.wasm", "LICENSE", "package.json")}
    expected |= {"chatkit/browser/compat/%s.py" % name for name in ("browser", "javascript")}
    assert "chatkit/templates/snippet.html.j2" in expected
    assert expected <= names


@pytest.mark.parametrize("example, expected", [
    ("examples/full.toml", '"uuid":"script_0123456789abcdef01234567.89012345"'),  # v1
    ("examples/v2/full.toml", '"scriptUuid":"script_0123456789abcdef01234567.89012345"'),  # v2
])
def test_wheel_runs_the_cli_from_another_directory(wheel, tmp_path, example, expected):
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    result = subprocess.run(
        [sys.executable, "-m", "chatkit", "snippet", str(ROOT / example)],
        cwd=tmp_path, env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stderr
    assert expected in result.stdout
    assert str(ROOT) not in subprocess.run(
        [sys.executable, "-c", "import chatkit; print(chatkit.__file__)"],
        cwd=tmp_path, env={"PYTHONPATH": str(unpacked)}, capture_output=True, text=True,
    ).stdout


def _requirements(requires, extras=()):
    """The names of `requires` (Requires-Dist lines) that apply here, with their extras."""
    from packaging.requirements import Requirement

    found = []
    for line in requires or ():
        requirement = Requirement(line)
        marker = requirement.marker
        if marker is None or any(marker.evaluate({"extra": extra}) for extra in ("", *extras)):
            found.append((requirement.name.lower(), tuple(requirement.extras)))
    return found


def test_installing_chatkit_pulls_in_neither_livereload_nor_tornado(wheel):
    """One HTTP stack: Starlette on uvicorn, for the preview and the test server (issue 17)."""
    from email.parser import Parser
    from importlib import metadata

    archive = zipfile.ZipFile(wheel)
    [name] = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
    pending = _requirements(Parser().parsestr(archive.read(name).decode()).get_all(
        "Requires-Dist"))
    pulled = set()
    while pending:  # what pip installs with it: each requirement's own, as installed here
        package, extras = pending.pop()
        if (package, extras) in pulled:
            continue
        pulled.add((package, extras))
        pending += _requirements(metadata.requires(package), extras)
    names = {package for package, _ in pulled}
    assert {"starlette", "uvicorn", "websockets"} <= names
    assert not names & {"livereload", "tornado"}, names
