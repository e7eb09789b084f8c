"""Every `-o` goes through one writer (issue 16, hostile 1 and 4; issue 17): decided by what
the output is, never by its path, the same for every command that writes a file."""

import os
import stat
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest

from chatkit._files import write_atomic, write_output
from chatkit.errors import ValidationError
from tests.cli_support import run, write

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
CSS = ".title { colr: red }\n"  # a warning: no "ok" on stdout, which -o /dev/stdout shares
KEEP = "the file you had\n"


def starter(api):
    return (ROOT / "templates" / ("starter-%s.toml" % api)).read_text(encoding="utf-8")


# What each command writing a file writes, and how to tell it wrote the whole of it.
COMMANDS = {
    "snippet": (lambda folder: ["snippet", EXAMPLES / "minimal.toml"],
                lambda text: text.startswith("<!-- 8x8 chat") and text.endswith("</script>\n")),
    "css": (lambda folder: ["css", write(folder, CSS, "theme.css")],
            lambda text: text == CSS),
    "import": (lambda folder: ["import", EXAMPLES / "configuration-manager-snippet.html",
                               "--force"],
               lambda text: text == (EXAMPLES / "imported.toml").read_text(encoding="utf-8")),
    "init": (lambda folder: ["init", "--force"], lambda text: text == starter("v1")),
}


def argv(name, folder, output):
    return [*COMMANDS[name][0](folder), "-o", output]


def whole(name, text):
    return COMMANDS[name][1](text)


@pytest.mark.parametrize("name", COMMANDS)
def test_writer_follows_a_symlink_to_its_target_and_keeps_the_link(tmp_path, capsys, name):
    out = tmp_path / "out"
    out.mkdir()
    target = write(out, KEEP, "real.txt")
    link = out / "link.txt"
    link.symlink_to("real.txt")
    code, _, err = run(capsys, *argv(name, tmp_path, link))
    assert (code, err[-1]) == (0, "wrote %s" % link)
    assert link.is_symlink() and os.readlink(link) == "real.txt"
    assert whole(name, target.read_text(encoding="utf-8"))
    assert sorted(p.name for p in out.iterdir()) == ["link.txt", "real.txt"]


@pytest.mark.parametrize("name", COMMANDS)
def test_writer_writes_through_a_fifo_and_leaves_it_a_fifo(tmp_path, capsys, name):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")),
                              daemon=True)
    reader.start()
    try:
        code, _, _ = run(capsys, *argv(name, tmp_path, fifo))
    finally:
        try:  # a reader still waiting for a writer: let it go
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        except OSError:
            pass
    reader.join(timeout=30)
    assert code == 0
    assert whole(name, received[0])
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("name", COMMANDS)
def test_writer_writes_to_dev_null_and_leaves_the_device(tmp_path, capsys, name):
    code, out, err = run(capsys, *argv(name, tmp_path, "/dev/null"))
    assert (code, out, err[-1]) == (0, "", "wrote /dev/null")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("name", COMMANDS)
def test_writer_refuses_a_read_only_file_with_one_line(tmp_path, capsys, name):
    output = write(tmp_path, KEEP, "locked.txt")
    output.chmod(0o444)
    code, out, err = run(capsys, *argv(name, tmp_path, output))  # import and init: --force
    assert (code, out) == (2, "")
    assert err == ["%s: -o: is read-only: chatkit does not replace a file made read-only; make "
                   "it writable (chmod u+w) or name another file" % output]
    assert output.read_text(encoding="utf-8") == KEEP
    assert stat.S_IMODE(output.stat().st_mode) == 0o444


@pytest.mark.skipif(not os.path.isdir("/dev/shm"), reason="this system has no /dev/shm")
@pytest.mark.parametrize("name", COMMANDS)
def test_writer_replaces_a_regular_file_under_dev_shm(tmp_path, capsys, name):
    # A regular file (tmpfs) under /dev/: replaced, as anywhere; it was appended to.
    output = Path("/dev/shm") / ("chatkit-test-%s.txt" % uuid.uuid4().hex)
    try:
        for _ in range(2):
            assert run(capsys, *argv(name, tmp_path, output))[0] == 0
        assert whole(name, output.read_text(encoding="utf-8"))
        assert stat.S_ISREG(output.stat().st_mode)
    finally:
        output.unlink(missing_ok=True)


@pytest.mark.parametrize("name", COMMANDS)
def test_writer_refuses_an_empty_output_everywhere(tmp_path, capsys, name, monkeypatch):
    monkeypatch.chdir(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run(capsys, *argv(name, tmp_path, ""))
    assert (code, out) == (2, "")
    assert err == ["-o: is empty: name the file to write, or leave -o out to print"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(before + (
        ["theme.css"] if name == "css" else []))


@pytest.mark.parametrize("stream", ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"])
@pytest.mark.parametrize("mode, before", [("a", "earlier line\n"), ("w", "")],
                         ids=["appended (>>)", "truncated (>)"])
@pytest.mark.parametrize("name", COMMANDS)
def test_writer_writes_through_the_shells_stream_to_a_file(tmp_path, name, stream, mode,
                                                           before):
    log = write(tmp_path, "earlier line\n", "log.txt")
    with open(log, mode) as shell_stdout:  # what the shell opens for `>> log.txt`, `> log.txt`
        done = subprocess.run([sys.executable, "-m", "chatkit",
                               *map(str, argv(name, tmp_path, stream))],
                              stdout=shell_stdout, stderr=subprocess.PIPE, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    text = log.read_text(encoding="utf-8")
    assert text.startswith(before)
    assert whole(name, text[len(before):])  # once, after what was there: never replaced


# --- what a person edits is never replaced without --force ------------------------------------

@pytest.mark.parametrize("command", [
    ["import", EXAMPLES / "configuration-manager-snippet.html"],
    ["init"],
    ["init", "--v2"],
])
def test_writer_keeps_an_edited_config_unless_force(tmp_path, capsys, command):
    output = write(tmp_path, KEEP)
    code, out, err = run(capsys, *command, "-o", output)
    assert (code, out) == (2, "")
    assert err == ["%s: -o: exists, and may hold your edits: pass --force to replace it, or "
                   "name another file" % output]
    assert output.read_text(encoding="utf-8") == KEEP
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.toml"]
    code, _, err = run(capsys, *command, "-o", output, "--force")
    assert (code, err[-1]) == (0, "wrote %s" % output)
    assert output.read_text(encoding="utf-8") != KEEP


def test_writer_keeps_the_target_of_a_symlink_unless_force(tmp_path, capsys):
    target = write(tmp_path, KEEP, "real.toml")
    link = tmp_path / "chat.toml"
    link.symlink_to("real.toml")
    assert run(capsys, "init", "-o", link)[0] == 2
    assert target.read_text(encoding="utf-8") == KEEP


def test_writer_never_replaces_a_file_made_after_the_check(tmp_path):
    # The last step links the new file into place, which fails when one is there: no window
    # between the check and the write in which a file made meanwhile would be replaced.
    output = write(tmp_path, KEEP)
    with pytest.raises(FileExistsError):
        write_atomic(output, "new", replace=False)  # as if the check had passed
    assert output.read_text(encoding="utf-8") == KEEP
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.toml"]


def test_writer_new_file_is_linked_into_place_and_leaves_nothing(tmp_path):
    output = tmp_path / "chat.toml"
    write_output(output, "new\n", replace=False)
    assert output.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.toml"]
    with pytest.raises(ValidationError):
        write_output(output, "newer\n", replace=False)
    assert output.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chat.toml"]
