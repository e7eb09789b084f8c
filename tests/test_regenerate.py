"""`python -m chatkit.build.regenerate`: one entry point for every generated file, and one
test that says which are stale (each kind's own test says it too, in its terms)."""

import subprocess
import sys

from chatkit.build import regenerate


def test_no_generated_file_is_stale():
    # The golden files and the README table ("checkout") are their own tests' business.
    assert regenerate.stale(("emulator", "precompiled")) == []


def test_a_stale_file_is_named_with_the_command_that_rewrites_it(tmp_path):
    current, old = tmp_path / "current.js", tmp_path / "old.js"
    current.write_bytes(b"new")
    old.write_bytes(b"old")
    table = {"emulator": regenerate.Kind("python -m chatkit.emulator",
                                         lambda: {current: b"new", old: b"new"})}
    assert regenerate.stale(("emulator",), table=table) == [
        "%s is out of date: run python -m chatkit.build.regenerate emulator (or python -m "
        "chatkit.emulator)" % old]


def test_the_command_checks_and_refuses_an_unknown_kind():
    run = [sys.executable, "-m", "chatkit.build.regenerate"]
    checked = subprocess.run(run + ["--check", "emulator"], capture_output=True, text=True,
                             timeout=120)
    assert (checked.returncode, checked.stderr) == (0, "")
    unknown = subprocess.run(run + ["--check", "golden"], capture_output=True, text=True,
                             timeout=60)
    assert unknown.returncode == 2 and "invalid choice: 'golden'" in unknown.stderr
