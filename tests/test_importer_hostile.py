"""`chatkit import` under hostile input: one clear line, exit 2, no traceback, nothing written.

The fuzz test mutates the tenant-shaped inputs of tests/data/import/ (bounded examples, a
fixed seed) and holds the command to the README's promise on each.
"""

import os
import re
import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.cli_support import run as cli_run

DATA = Path(__file__).resolve().parent / "data" / "import"
UUID = "script_0123456789abcdef01234567.89012345"
SNIPPET = ('window.__8x8Chat = {uuid: "%s", tenant: "ZXhhbXBsZTAx", channel: "Support", '
           'domain: "https://vcc-na7.8x8.com"%%s};\n' % UUID)
UNTOUCHED = "# the config that works\n"
NO_SNIPPET = ("no 8x8 chat snippet here: neither v1 (`window.__8x8Chat = {...}`) nor v2 (a config "
              "with `scriptUuid`); paste the whole snippet from the Configuration Manager")


def run(capsys, *argv):
    return cli_run(capsys, "import", *argv)


def refused(capsys, path, tmp_path):
    """The one stderr line of an import that must fail, after checking nothing was written."""
    output = tmp_path / "chat.toml"
    output.write_text(UNTOUCHED, encoding="utf-8")
    code, out, err = run(capsys, path, "-o", output, "--force")  # kept even so
    assert (code, out, len(err)) == (2, "", 1), err
    assert output.read_text(encoding="utf-8") == UNTOUCHED
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["chat.toml", path.name])
    return err[0]


@pytest.mark.parametrize("opener, closer", [("[", "]"), ("{a: ", "}")])
@pytest.mark.parametrize("where", ["uuid", "extra", "onInit"])
def test_import_refuses_values_nested_2000_deep(tmp_path, capsys, opener, closer, where):
    deep = opener * 2000 + "1" + closer * 2000
    more = {"uuid": ", uuid: %s", "extra": ", extra: %s",
            "onInit": ", onInit(bus) { bus.publish('customer:set-info', {a: %s}); }"}[where]
    path = tmp_path / "chat.js"
    path.write_text(SNIPPET % (more % deep), encoding="utf-8")
    line = refused(capsys, path, tmp_path)
    # objects nest two tree levels at a time (object, pair): deeper than code may be at all
    assert re.fullmatch(re.escape("%s: line 1, column " % path) + r"\d+: "
                        r"(nested more than 32|the code is nested more than 2000) levels deep",
                        line)


def test_import_refuses_a_huge_file(tmp_path, capsys):
    path = tmp_path / "page.html"
    path.write_text("<p>%s</p>" % ("x" * 3 * 1024 * 1024), encoding="utf-8")
    assert refused(capsys, path, tmp_path) == (
        "%s: is larger than 2 MB, the most chatkit import reads (a page, a template or a "
        "component, not a bundle)" % path)


@pytest.mark.parametrize(
    "data, problem",
    [
        (b"<p>a</p>\n<p>b\x00</p>", "line 2, column 5: a NUL byte: this is not a text file "
         "(a page, a template or a JS/JSX/TS/TSX file)"),
        ("<p>café</p>\n<p>é</p>".encode("latin-1"), "line 1, column 7: not UTF-8 (byte 0xE9): save "
         "it as UTF-8"),
    ],
)
def test_import_refuses_a_file_that_is_not_plain_utf8_text(tmp_path, capsys, data, problem):
    path = tmp_path / "page.html"
    path.write_bytes(data)
    assert refused(capsys, path, tmp_path) == "%s: %s" % (path, problem)


def test_import_reads_a_file_with_a_byte_order_mark_as_without(tmp_path, capsys):
    # As chatkit check reads a config and browsers read a page: the mark carries nothing.
    plain, marked = tmp_path / "plain.js", tmp_path / "marked.js"
    plain.write_text(SNIPPET % "", encoding="utf-8")
    marked.write_bytes(b"\xef\xbb\xbf" + (SNIPPET % "").encode())
    assert run(capsys, str(marked))[0] == 0
    assert run(capsys, str(marked)) == run(capsys, str(plain))


def test_import_refuses_to_write_the_config_over_its_snippet(tmp_path, capsys, monkeypatch):
    path = tmp_path / "snippet.js"
    path.write_text(SNIPPET % "", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for output in ["snippet.js", str(path), "./snippet.js"]:
        assert run(capsys, "snippet.js", "-o", output) == (2, "", [
            "%s: -o: is the same file as snippet.js, which this command reads: writing would "
            "destroy it; name another file" % output])
    os.symlink("snippet.js", tmp_path / "link.toml")
    assert run(capsys, "snippet.js", "-o", "link.toml")[0] == 2
    assert path.read_text(encoding="utf-8") == SNIPPET % ""


@pytest.mark.parametrize("name, problem", [("missing.html", "no such file"),
                                           ("folder", "is a folder, not a file")])
def test_import_names_a_file_it_cannot_read(tmp_path, capsys, name, problem):
    (tmp_path / "folder").mkdir()
    assert run(capsys, tmp_path / name) == (2, "", ["%s: %s" % (tmp_path / name, problem)])


def test_import_reads_a_template_full_of_unclosed_tags(tmp_path, capsys):
    path = tmp_path / "page.njk"
    path.write_text("{{ {% {# <%" * 20000 + "<script>%s</script>" % (SNIPPET % ""),
                    encoding="utf-8")
    assert run(capsys, path)[0] == 0


# --- fuzz: any mutation of a real input -------------------------------------------------------

INPUTS = sorted(p for p in DATA.rglob("*") if p.is_file())
PIECES = ["{", "}", "[", "]", "(", ")", '"', "'", "`", "${", "<!--", "-->", "<script>",
          "</script>", "/*", "*/", "//", "{{ x }}", "{% if %}", "{#", "#}", "<?= $u ?>", ",",
          ":", ";", "\n", "\\", "\\u{110000}", "\\ud800", "__8x8Chat = {", "scriptUuid: ",
          "...x", "a ? b : c", "null", "10n", "\x00", "\ufeff", "é", "😀", "\u2028"]
MUTATION = st.tuples(st.sampled_from(["insert", "delete", "replace", "bytes"]),
                     st.floats(0, 1), st.floats(0, 1),
                     st.lists(st.sampled_from(PIECES), max_size=4).map("".join),
                     st.binary(max_size=4))


def mutated(data, mutations):
    for kind, at, length, text, raw in mutations:
        start = int(at * len(data))
        end = min(len(data), start + int(length * 40))
        insert = raw if kind == "bytes" else text.encode("utf-8")
        if kind == "insert" or kind == "bytes":
            data = data[:start] + insert + data[start:]
        elif kind == "delete":
            data = data[:start] + data[end:]
        else:
            data = data[:start] + insert + data[end:]
    return data


@given(source=st.sampled_from(INPUTS), mutations=st.lists(MUTATION, min_size=1, max_size=3))
@settings(max_examples=150, derandomize=True, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_import_of_any_mutated_input_is_a_config_or_lines_naming_the_place(tmp_path, capsys,
                                                                          source, mutations):
    path = tmp_path / ("fuzzed" + source.suffix)
    path.write_bytes(mutated(source.read_bytes(), mutations))
    output = tmp_path / "chat.toml"
    output.write_text(UNTOUCHED, encoding="utf-8")
    code, out, err = run(capsys, path, "-o", output, "--force")  # a traceback fails the test
    assert code in (0, 2) and out == ""
    assert all(line.startswith("%s: " % path) or line == "wrote %s" % output for line in err)
    if code == 2:
        assert output.read_text(encoding="utf-8") == UNTOUCHED
        assert err and all(": line " in line or line.endswith(NO_SNIPPET)
                           or " snippets in one file: " in line for line in err)
    else:
        assert err[-1] == "wrote %s" % output
        assert tomllib.loads(output.read_text(encoding="utf-8"))["chat"]


@pytest.mark.parametrize("deep", ["{a: " * 100000 + "1" + "}" * 100000,  # past where
                                  "a" + ".b" * 300000,  # tree-sitter's queries stall
                                  "1 + " * 200000 + "1"])
def test_import_refuses_code_nested_past_what_its_parser_bears(tmp_path, capsys, deep):
    path = tmp_path / "chat.js"
    path.write_text(SNIPPET % (", extra: " + deep), encoding="utf-8")
    line = refused(capsys, path, tmp_path)
    assert re.fullmatch(re.escape("%s: line 1, column " % path) + r"\d+: the code is nested "
                        r"more than 2000 levels deep", line)


@pytest.mark.parametrize("number, shown", [
    ("9" * 5000, "`" + "9" * 59 + "…`"),  # more digits than CPython reads (4,300)
    ("0x" + "f" * 4000, "`0x" + "f" * 57 + "…`"),  # a hex literal of 16,000 bits
    ("9" * 309, "`" + "9" * 59 + "…`"),  # the first integer length beyond 2**1024 (1.8e308)
    ("1e400", "`1e400`"),  # an exponent beyond it
])
@pytest.mark.parametrize("where", ["settings", "onInit"])
def test_import_refuses_a_number_javascript_reads_as_infinity(tmp_path, capsys, number, shown,
                                                               where):
    more = {"settings": ", align: %s",
            "onInit": ", onInit(bus) { bus.publish('customer:set-info', {n: %s}); }"}[where]
    path = tmp_path / "chat.js"
    path.write_text(SNIPPET % (more % number), encoding="utf-8")
    column = len(SNIPPET.split("%s")[0]) + len(more.split("%s")[0]) + 1
    assert refused(capsys, path, tmp_path) == (
        "%s: line 1, column %d: %s is beyond any JavaScript number (the page reads it as "
        "Infinity): write the value the chat should get" % (path, column, shown))


def test_import_keeps_the_largest_numbers_javascript_holds(tmp_path, capsys):
    # 10**308 is a finite double: read, then checked as any value (beyond 2**53, customer
    # info is refused by check's own rule, at the place it was written).
    path = tmp_path / "chat.js"
    path.write_text(SNIPPET % (", onInit(bus) { bus.publish('customer:set-info', {n: 1%s}); }"
                               % ("0" * 308)), encoding="utf-8")
    line = refused(capsys, path, tmp_path)
    assert line.endswith("customer.n: must be a whole number within ±2**53 = ±9007199254740992 "
                         "(beyond it a JavaScript number loses precision)")
