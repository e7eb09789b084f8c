"""Running the CLI in the test's own process, as the CLI tests do."""

from chatkit.cli import main


def run(capsys, *argv):
    """(exit code, stdout, stderr lines) of `chatkit ARGV`, run in this process (an exception
    here would be a traceback for a user)."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err.splitlines()


def write(folder, text, name="chat.toml"):
    """`text` written to `folder/name`; its path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
