"""Hostile input, generated (issue 10): configs and `-o`/`--nonce` arguments.

Whatever hypothesis writes, `chatkit check` and `chatkit snippet` answer with an exit code,
never a traceback; every stderr line is one line naming the file and the place (a dotted
key, or a line and column); a failed command leaves its output untouched and no temporary
file behind; and `snippet` fails exactly when `check` does.  Bounded and derandomized, so
CI runs the same examples every time.
"""

import datetime
import json
import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chatkit._toml import toml_key
from chatkit.config import load_config
from chatkit.errors import ConfigError, escape
from tests.cli_support import run

# FUZZ_N=2000 hunts with that many random examples; CI runs the same 150 every time.
HUNT = os.environ.get("FUZZ_N")
FUZZ = settings(max_examples=int(HUNT or 150), derandomize=not HUNT, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
VALID_CHAT = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://vcc-na7.8x8.com"
"""
VALID_V2_CHAT = VALID_CHAT.replace("[chat]\n", '[chat]\napi = "v2"\n') + (
    'channel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"\n')
KEEP = "the snippet that works\n"
PLACE = re.compile(r"\(at line \d+, column \d+")

# --- what a config can hold ------------------------------------------------------------------

HIDDEN = st.sampled_from(["\n", "\t", "\r", "\x00", "\x1b", "\x7f", "\x85", "\u200b", "\u200d",
                          "\u202e", "\u2066", "\u2028", "\ufeff", "\u00ad"])
TEXT = st.text(st.one_of(st.characters(exclude_categories=("Cs",)), HIDDEN), max_size=12)
KNOWN_KEYS = ["uuid", "tenant", "channel", "domain", "channel_uuid", "path", "button_container_id",
              "align", "language", "stylesheet_url", "chatQueued", "agentTypingName", "de",
              "pt-BR", "zh-Hant", "after_seconds", "text", "link", "hooks", "asset_base", "Plan",
              "_options", "api", "discovery_url", "quick_replies", "notification_sound",
              "$language", "$shoeSize", "_VIP", "headerBackgroundColor", "chatShadow",
              "buttonBorderRadius", "headerBorderWidth"]
KEYS = st.one_of(st.sampled_from(KNOWN_KEYS), TEXT)
TELLING_TEXT = st.sampled_from([
    "https://vcc-na7.8x8.com", "https://VCC-NA7.8x8.com:443/", "http://localhost:8000",
    "http://127.0.0.1:1/x", "https://vcc-na7.8x8.co", "https://a@b.8x8.com", "javascript:x",
    "https://cdn.example.com/t.css", "http://localhost/t.css", "{<agent>} is typing",
    "{{name}}", "{{agent}}", "pt-BR", "zh", "left", "hooks.py", "mailto:", "tel:+1",
    "https://cdn.example.com/chatkit/", "/.", "", "v1", "v2", "# FFFFFF", "#fff", "red",
    "0 2px 6px red", "8px 8px 0 0", "red; x: y", "</style>",
])
SCALARS = st.one_of(
    TEXT, TELLING_TEXT, st.booleans(), st.floats(),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.datetimes(min_value=datetime.datetime(1, 1, 1), max_value=datetime.datetime(9999, 1, 1)),
    st.dates(),
)
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=3)
                      | st.dictionaries(KEYS, inner, max_size=3), max_leaves=8)
TABLES = st.one_of(st.sampled_from(["chat", "customer", "variables", "messages", "messages.de",
                                    'messages."zh-HK"', "fallback", "python", "theme"]),
                   TEXT.map(toml_key))


def toml(value):
    """A TOML value for any of VALUES (inline tables and arrays, nested)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return "nan" if value != value else repr(value)  # inf and -inf are TOML's too
    if isinstance(value, (int, datetime.date)):
        return value.isoformat() if isinstance(value, datetime.date) else str(value)
    if isinstance(value, list):
        return "[%s]" % ", ".join(toml(v) for v in value)
    if isinstance(value, dict):
        return "{%s}" % ", ".join("%s = %s" % (toml_key(k), toml(v)) for k, v in value.items())
    return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")


@st.composite
def toml_documents(draw):
    """A config as text: a valid [chat] (v1 or v2) or not, then tables of generated entries."""
    parts = draw(st.sampled_from([[], [VALID_CHAT], [VALID_V2_CHAT]]))
    for _ in range(draw(st.integers(0, 4))):
        entries = draw(st.dictionaries(KEYS, VALUES, max_size=4))
        parts.append("[%s]\n" % draw(TABLES) + "".join(
            "%s = %s\n" % (toml_key(k), toml(v)) for k, v in entries.items()))
    return "\n".join(parts)


HOSTILE = st.one_of(
    st.integers(60, 400).map(lambda n: VALID_CHAT + "[customer]\nx = %s%s\n" % ("[" * n,
                                                                                 "]" * n)),
    st.integers(60, 400).map(lambda n: VALID_CHAT + "x = %s1%s\n" % ("{a = " * n, "}" * n)),
    st.integers(4000, 5000).map(lambda n: VALID_CHAT + "[customer]\nId = %s\n" % ("9" * n)),
    st.text(max_size=200),  # anything at all
)


@st.composite
def config_bytes(draw):
    """What a config file holds: generated TOML, hostile TOML, or bytes, maybe mangled."""
    text = draw(st.one_of(toml_documents(), toml_documents(), HOSTILE))
    data = text.encode("utf-8", "surrogatepass")
    mangle = draw(st.sampled_from(["none", "none", "bom", "cut", "latin1", "bytes"]))
    if mangle == "bom":
        data = b"\xef\xbb\xbf" + data
    elif mangle == "cut":
        data = data[:draw(st.integers(0, len(data)))]
    elif mangle == "latin1":
        data = data + "é".encode("latin-1")
    elif mangle == "bytes":
        data = draw(st.binary(max_size=120))
    return data


# --- the properties ----------------------------------------------------------------------------

def assert_named_lines(lines, source):
    named = re.compile(re.escape(escape(source)) + r"(:\d+:\d+)?: ")
    for line in lines:
        assert named.match(line), line
        assert escape(line) == line, line  # nothing hidden, nothing that breaks the line


def assert_every_problem_has_a_place(path):
    try:
        config = load_config(path)
        problems = config.warnings
    except ConfigError as error:
        problems = error.problems
    for problem in problems:
        assert problem.key or PLACE.search(problem.message), problem


@FUZZ
@given(data=config_bytes())
def test_fuzz_config_check_and_snippet_answer_in_named_lines(capsys, data):
    assert_check_and_snippet_agree(capsys, data)


# What a v2 theme value may hold: CSS's own characters, functions, nesting, and worse.
CSS_PIECES = st.sampled_from(list("#0123456789abcdefgrx(),/ %.-+\\\"'{};:!<>") + [
    "\u200b", "\n", "rgb(", "calc(", "var(--x)", "url(", "/*", "*/", "px", "em", "inset",
    "!important", "</style>", "expression(", "\\0", "e+99", "NaN"])
CSS_TEXT = st.one_of(st.lists(CSS_PIECES, max_size=60).map("".join),
                     st.integers(50, 3000).map(lambda n: "calc(" * n + "1px" + ")" * n),
                     st.integers(50, 3000).map(lambda n: "rgb(" * n))
THEME_NAMES = st.sampled_from(["headerBackgroundColor", "chatShadow", "buttonBorderRadius",
                               "headerBorderWidth", "headerMenuShadow", "colour", ""])


@FUZZ
@given(theme=st.dictionaries(THEME_NAMES, st.one_of(CSS_TEXT, SCALARS), max_size=5),
       replies=st.lists(st.one_of(TEXT, SCALARS), max_size=4))
def test_fuzz_v2_theme_and_quick_replies_answer_in_named_lines(capsys, theme, replies):
    text = VALID_V2_CHAT + "quick_replies = %s\n[theme]\n" % toml(replies) + "".join(
        "%s = %s\n" % (toml_key(name), toml(value)) for name, value in theme.items())
    assert_check_and_snippet_agree(capsys, text.encode("utf-8", "surrogatepass"))


def assert_check_and_snippet_agree(capsys, data):
    """check and snippet: named lines, no traceback, the output untouched unless it worked."""
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        config = folder / "chat.toml"
        config.write_bytes(data)
        (folder / "hooks.py").write_text("x = 1\n", encoding="utf-8")
        output = folder / "out.html"
        output.write_text(KEEP, encoding="utf-8")

        checked, out, err = run(capsys, "check", config)
        assert checked in (0, 2)
        assert re.fullmatch(re.escape(str(config)) + r": ok(, 1 warning|, \d+ warnings)?\n"
                            if checked == 0 else "", out), out
        assert_named_lines(err, str(config))
        assert_every_problem_has_a_place(config)
        assert_formats_agree(capsys, config, checked, err)

        code, out, err = run(capsys, "snippet", config, "-o", output)
        assert (code, out) == (checked, "")  # snippet fails exactly when check does
        written = output.read_text(encoding="utf-8")
        if code:
            assert_named_lines(err, str(config))
            assert written == KEEP
        else:
            assert written.startswith("<!-- 8x8 chat")
        assert sorted(os.listdir(folder)) == ["chat.toml", "hooks.py", "out.html"]
        assert config.read_bytes() == data


def assert_formats_agree(capsys, config, checked, text_lines):
    """--format json and github report what the text does: the same problems, same exit."""
    code, out, err = run(capsys, "check", config, "--format", "json")
    assert (code, err) == (checked, [])
    found = json.loads(out)
    assert len(found) == len(text_lines)
    for problem, line in zip(found, text_lines, strict=True):
        assert set(problem) == {"file", "line", "column", "key", "severity", "message"}
        assert problem["severity"] in ("error", "warning")
        assert problem["line"] is None or problem["line"] >= 1
        if problem["key"] is not None and problem["line"] is not None:  # the text says it too
            assert line.startswith("%s:%d:%d: " % (escape(problem["file"]), problem["line"],
                                                   problem["column"])), (line, problem)
    code, out, err = run(capsys, "check", config, "--format", "github")
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    assert (code, err, len(annotations)) == (checked, [], len(found))
    for line, problem in zip(annotations, found, strict=True):
        assert line.startswith("::%s file=" % problem["severity"])
        assert "\r" not in line and "\u2028" not in line


# --- -o and --nonce ----------------------------------------------------------------------------

NAMES = st.one_of(
    # The inputs by name and by link, folders, devices, names no file system takes...
    st.sampled_from(["", ".", "..", "out.html", "chat.toml", "hooks.py", "link-to-chat.toml",
                     "dangling", "folder", "folder/", "folder/out.html", "no/such/out.html",
                     "/dev/null", "x" * 300, "out\n.html", "out\x00.html", "\u202eout.html",
                     "chat.toml/x"]),
    TEXT.filter(lambda t: "/" not in t),  # ...and any name at all
)
NONCES = st.one_of(st.none(), st.sampled_from(["", "r4nd0m+N0nce/=", "a b", "é", "\n", "'"]),
                   TEXT)


@FUZZ
@given(name=NAMES, nonce=NONCES)
def test_fuzz_output_and_nonce_never_destroy_a_file_nor_leave_one(capsys, name, nonce):
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        config = folder / "chat.toml"
        config.write_text(VALID_CHAT, encoding="utf-8")
        (folder / "hooks.py").write_text("x = 1\n", encoding="utf-8")
        (folder / "folder").mkdir()
        (folder / "link-to-chat.toml").symlink_to("chat.toml")
        (folder / "dangling").symlink_to("gone.html")
        before = {p.name for p in folder.iterdir()}
        output = name if name.startswith("/") or not name else str(folder / name)
        if name == "out.html":
            (folder / "out.html").write_text(KEEP, encoding="utf-8")
            before.add("out.html")

        # `--option=VALUE`: a value starting with "-" is argparse's usage error otherwise.
        argv = ["snippet", config, "--output=" + output] + (
            [] if nonce is None else ["--nonce=" + nonce])
        code, out, err = run(capsys, *argv)
        assert code in (0, 2) and out == ""
        assert config.read_text(encoding="utf-8") == VALID_CHAT  # never the input
        left = {p.name for p in folder.iterdir()}
        assert left - before <= {os.path.basename(output), "gone.html"}  # no temporary file
        if code:
            assert len(err) >= 1
            for line in err:
                assert escape(line) == line
                assert line.startswith(("-o: ", "--nonce: ", escape(output) + ": ")), line
            assert left == before
            if name == "out.html":
                assert (folder / "out.html").read_text(encoding="utf-8") == KEEP
        else:
            assert err == ["wrote %s" % escape(output)]


@FUZZ
@given(name=NAMES)
def test_fuzz_init_output_never_replaces_a_file_nor_leaves_one(capsys, name):
    # An edited output: without --force, no existing file is replaced, by any name or link.
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        (folder / "chat.toml").write_text(VALID_CHAT, encoding="utf-8")
        (folder / "folder").mkdir()
        (folder / "link-to-chat.toml").symlink_to("chat.toml")
        (folder / "dangling").symlink_to("gone.html")
        before = {p.name for p in folder.iterdir()}
        output = name if name.startswith("/") or not name else str(folder / name)
        code, out, err = run(capsys, "init", "--output=" + output)
        assert code in (0, 2) and out == ""
        assert (folder / "chat.toml").read_text(encoding="utf-8") == VALID_CHAT
        left = {p.name for p in folder.iterdir()}
        assert left - before <= {os.path.basename(output), "gone.html"}  # no temporary file
        if code:
            assert len(err) == 1 and escape(err[0]) == err[0]
            assert err[0].startswith(("-o: ", escape(output) + ": ")), err[0]
            assert left == before
        else:
            assert err == ["wrote %s" % escape(output)]
