"""`chatkit css`: RTF unwrapping, line-numbered problems, selectors the chat window lacks."""

import subprocess
import sys
from pathlib import Path

import pytest

from chatkit.cli import main
from chatkit.css.rtf import is_rtf, unwrap
from chatkit.css.stylesheet import check_css, read_stylesheet

DATA = Path(__file__).parent / "data"
EXAMPLE_RTF = DATA / "8x8-example-theme.rtf"  # the reference's "example style sheet", verbatim


def lines(css):
    return [problem.line("theme.css") for problem in check_css(css)]


def run(capsys, *argv):
    code = main(["css", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


# -- the reference's example theme ---------------------------------------------------


def test_stylesheet_reference_example_is_rtf_and_unwraps_to_clean_css():
    sheet = read_stylesheet(EXAMPLE_RTF)
    assert sheet.rtf is not None
    assert sheet.css.startswith("/****")
    assert 'body, input[type="text"], textarea, button, select {\n' in sheet.css
    assert '    content: "\\00D7";\n' in sheet.css  # RTF's \\\\ is one backslash
    assert sheet.css.endswith(".acknowledge-text, .confirm-close {\n    padding: 0;\n}\n")
    assert "\u00a0" not in sheet.css and "\\\n" not in sheet.css and "\\{" not in sheet.css


def test_stylesheet_reference_example_is_valid_and_every_selector_is_in_the_chat_window():
    assert check_css(read_stylesheet(EXAMPLE_RTF).css) == []


def test_stylesheet_rtf_lines_map_back_to_the_document():
    sheet = read_stylesheet(EXAMPLE_RTF)
    # CSS line 1 (the first comment) is on line 6 of the RTF, after its header.
    assert [sheet.file_line(n) for n in (1, 4, 173)] == [6, 9, 178]


def test_stylesheet_css_of_an_rtf_file_without_output_is_an_error_naming_the_fix(capsys):
    code, out, err = run(capsys, EXAMPLE_RTF)
    assert code == 2 and out == []
    assert err == ["%s: this is CSS pasted into an RTF (word processor) document, which the "
                   "chat cannot load: write the clean CSS with: chatkit css %s -o %s"
                   % (EXAMPLE_RTF, EXAMPLE_RTF, EXAMPLE_RTF.with_suffix(".css"))]


def test_stylesheet_css_writes_the_clean_css_of_an_rtf_file(capsys, tmp_path):
    output = tmp_path / "theme.css"
    code, out, err = run(capsys, EXAMPLE_RTF, "-o", output)
    assert (code, out) == (0, ["%s: ok" % EXAMPLE_RTF])  # the file checked, not the one written
    assert err == ["wrote %s (the CSS inside the RTF document)" % output]
    assert output.read_text(encoding="utf-8") == read_stylesheet(EXAMPLE_RTF).css
    assert [p.name for p in tmp_path.iterdir()] == ["theme.css"]  # no temporary file left


# -- broken sheets --------------------------------------------------------------------


def test_stylesheet_broken_theme_names_each_mistake_at_its_line(capsys):
    path = DATA / "broken-theme.css"
    code, out, err = run(capsys, path)
    assert (code, out) == (2, [])
    assert err == ["%s:%s" % (path, line) for line in (
        '3: warning: unknown property "colr" (did you mean "color"?)',
        '8: missing ";" after "border-left: 0"',
        '12: the "{" after ".chat-incoming-msg" is never closed (a "}" is missing)',
        '13: warning: invalid value for color: "bluee"',
        '16: warning: selector ".chat-widget .title" matches nothing in the chat window '
        '(it has no class "chat-widget")',
    )]


def test_stylesheet_warnings_only_exit_0(capsys):
    path = DATA / "warnings-theme.css"
    code, out, err = run(capsys, path)
    assert (code, out) == (0, [])
    assert err == ["%s:%s" % (path, line) for line in (
        '3: warning: unknown property "colr" (did you mean "color"?)',
        '4: warning: invalid value for font-size: "14pxx"',
        '7: warning: selector ".chat-widget" matches nothing in the chat window '
        '(it has no class "chat-widget")',
        '7: warning: selector "#send-button" matches nothing in the chat window '
        '(it has no id "send-button")',
    )]


def test_stylesheet_warnings_exit_1_under_strict(tmp_path, capsys):
    path = tmp_path / "theme.css"
    path.write_text(".header { colr: red }\n", encoding="utf-8")
    assert run(capsys, path, "--strict")[0] == 1
    assert run(capsys, path)[0] == 0


@pytest.mark.parametrize("css, expected", [
    # a "}" too many
    (".title { color: red } }\n.intro { padding: 0 }\n",
     ['theme.css:1: "}" without a matching "{" (is a "{" missing after a selector?)']),
    # no "{" after the selector
    (".title color: red }\n", ['theme.css:1: expected "{" after the selector '
                              '".title color: red", found "}"']),
    # no ":" in a declaration
    (".title {\n  color red;\n}\n",
     ['theme.css:2: expected "property: value", found "color red"']),
    # a comment never closed
    (".title { color: red }\n/* the end\n", ['theme.css:2: the comment "/*" is never closed '
                                             '(a "*/" is missing)']),
    # a string never closed ends at its line's end, as in CSS; the next line's "}" counts
    ('.title {\n  content: "x;\n}\n.intro { padding: 0 }\n',
     ['theme.css:2: a string is not closed on its line: "x;']),
    # ... but one that swallows its rule's "}" leaves the rule open
    ('.title { content: "x; }\n.intro { padding: 0 }\n',
     ['theme.css:1: a string is not closed on its line: "x; }',
      'theme.css:1: the "{" after ".title" is never closed (a "}" is missing)']),
    # a bracket never closed
    (".title { width: calc(100% - 10px; }\n",
     ['theme.css:1: "(" is never closed (a ")" is missing)']),
    # a misspelt !important
    (".title { color: red !importnt; }\n",
     ['theme.css:1: "!importnt" is not a priority (only "!important" is)']),
    # an empty value
    (".title {\n  color: ;\n}\n", ['theme.css:2: "color" has no value']),
    # a selector cssutils and browsers reject
    (".title..logo { color: red }\n",
     ['theme.css:1: invalid selector ".title..logo" ("." without a class name after it; the '
      'browser ignores the whole rule)']),
])
def test_stylesheet_syntax_errors_are_errors_at_their_line(css, expected):
    assert lines(css) == expected


def test_stylesheet_nonbreaking_spaces_in_plain_css_are_an_error_with_the_fix(capsys, tmp_path):
    path = tmp_path / "theme.css"
    path.write_text(".title {\n\u00a0 color: red;\n}\n.intro {\n\u00a0 padding: 0;\n}\n"
                    '.logo:before { content: "\u00a0"; }\n', encoding="utf-8")
    code, _, err = run(capsys, path)
    assert code == 2
    assert err == ["%s:2: non-breaking spaces (U+00A0) where spaces belong, on lines 2, 5: the "
                   "browser does not read them as spaces and drops those declarations; write the "
                   "clean CSS with: chatkit css %s -o %s"
                   % (path, path, tmp_path / "theme.clean.css")]
    code, _, _ = run(capsys, path, "-o", tmp_path / "clean.css")
    assert code == 0
    clean = (tmp_path / "clean.css").read_text(encoding="utf-8")
    assert clean.count("\u00a0") == 1  # the one inside a string is text, kept


# -- what is not a problem -----------------------------------------------------------


def test_stylesheet_css_of_today_gives_no_false_warnings():
    css = """
    @import url("fonts.css");
    :root { --brand: #1d4f7c; }
    .header { display: flex; gap: 4px; align-items: center; background: var(--brand); }
    .title { width: calc(100% - 10px); color: #ffffff80; transition: opacity .2s ease; }
    .container { background-image: linear-gradient(to right, #fff 0%, #000 100%); }
    .control { -webkit-appearance: none; -ms-filter: "none"; cursor: grab; }
    .intro:is(.title, .logo), .header:has(> .logo) { position: sticky; }
    .message-history { & .message-wrapper { padding: 4px; } }
    @media (max-width: 600px) { .intro { display: none !important; } }
    @supports (display: grid) { .container { display: grid; } }
    @keyframes pulse { from { opacity: 0; } to { opacity: 1; } }
    @font-face { font-family: Brand; src: url(brand.woff2) format("woff2"); }
    """
    assert lines(css) == []


def test_stylesheet_selector_needs_only_the_classes_it_requires():
    css = (".message-content:not(.chat-widget) { padding: 0 }\n"  # negated: not required
           "textarea#message-field, input[type=\"text\"], a:hover { margin: 0 }\n")
    assert lines(css) == []


def test_stylesheet_selector_names_every_class_and_id_the_chat_window_lacks():
    assert lines(".widget #send.title { color: red }") == [
        'theme.css:1: warning: selector ".widget #send.title" matches nothing in the chat '
        'window (it has no class "widget" or id "send")']


def test_stylesheet_unknown_at_rule_is_a_warning():
    assert lines("@tailwind base;\n") == ['theme.css:1: warning: unknown at-rule "@tailwind"']


def test_stylesheet_without_rules_is_a_warning():
    assert lines("/* nothing yet */\n") == ["theme.css: warning: no CSS rules found"]


def test_stylesheet_cssutils_says_nothing_of_its_own(tmp_path):
    # What the user sees: only chatkit's own lines, whatever cssutils logs inside.
    path = tmp_path / "theme.css"
    path.write_text(".title..logo { colr: red; width: 10pxx }\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "chatkit", "css", str(path)],
                            capture_output=True, text=True)
    assert result.stdout == ""
    assert all(line.startswith(str(path)) for line in result.stderr.splitlines()), result.stderr


# -- files ------------------------------------------------------------------------------


def test_stylesheet_missing_file_is_one_line_exit_2(capsys, tmp_path):
    path = tmp_path / "nope.css"
    assert run(capsys, path) == (2, [], ["%s: no such file" % path])


def test_stylesheet_file_that_is_not_utf8_is_one_line_exit_2(capsys, tmp_path):
    path = tmp_path / "theme.css"
    path.write_bytes(b".title { content: '\xe9'; }")
    assert run(capsys, path) == (
        2, [], ["%s: cannot read it: not UTF-8 text (save it as UTF-8)" % path])


def test_stylesheet_output_that_cannot_be_written_is_one_line_exit_2(capsys, tmp_path):
    output = tmp_path / "missing-folder" / "theme.css"
    code, _, err = run(capsys, EXAMPLE_RTF, "-o", output)
    assert code == 2
    assert err == ["%s: cannot write it: No such file or directory" % output]


# -- RTF ----------------------------------------------------------------------------------


@pytest.mark.parametrize("rtf, text", [
    # escaped braces and backslashes, paragraph breaks written as "\" at the line's end
    ("{\\rtf1\\ansi .a \\{\\\n  content: \"\\\\2014\";\\\n\\}}", '.a {\n  content: "\\2014";\n}\n'),
    # a byte in the document's code page, a Unicode escape and its fallback character
    ("{\\rtf1\\ansi\\ansicpg1252 caf\\'e9 \\u8212?}", "caf\u00e9 \u2014\n"),
    # destinations and \* groups are not text; formatting groups are
    ("{\\rtf1{\\fonttbl\\f0 Helvetica;}{\\*\\generator Word;}{\\b bold} text\\par end}",
     "bold text\nend\n"),
])
def test_rtf_unwrap(rtf, text):
    assert is_rtf(rtf)
    assert unwrap(rtf).text == text


def test_rtf_text_of_the_reference_example_is_what_striprtf_reads():
    # striprtf, an independent RTF reader, is the oracle for the text; chatkit keeps its own
    # reader for what striprtf does not give: the RTF line of each CSS line (above).
    from striprtf.striprtf import rtf_to_text

    document = EXAMPLE_RTF.read_text(encoding="latin-1")
    assert unwrap(document).text == rtf_to_text(document) + "\n"


def test_rtf_is_only_a_document_that_starts_as_one():
    assert not is_rtf(".a { color: red } /* {\\rtf1 */")


def test_stylesheet_output_is_not_written_when_the_css_has_errors(capsys, tmp_path):
    rtf = tmp_path / "theme.rtf"
    rtf.write_text("{\\rtf1\\ansi{\\fonttbl\\f0 Helvetica;}\n\\f0 .title \\{\\\n"
                   "  color red;\\\n\\}}", encoding="utf-8")
    output = tmp_path / "theme.css"
    code, out, err = run(capsys, rtf, "-o", output)
    assert (code, out) == (2, [])
    assert err == ['%s:3: expected "property: value", found "color red"' % rtf]  # the RTF's line
    assert not output.exists()


# -- the live chat window (facts, "What tenants' code does with it") -----------------------

LIVE_THEME = DATA / "live-window-theme.css"


def test_stylesheet_written_against_the_live_window_is_ok(capsys):
    # Every class and id the facts list, and SVG's fill: no "matches nothing", no "unknown".
    assert run(capsys, LIVE_THEME) == (0, ["%s: ok" % LIVE_THEME], [])


@pytest.mark.parametrize("selector", [
    # typed from the facts file's list, one row each
    ".message-box", ".message-box #message-field", "#message-counter", ".footer", ".form-list",
    "label.required", ".error-image", ".flag", ".actions", ".action-clear", "#cancel-close-btn",
    ".chat-msg-sender", ".controls", "body.is-popup",
])
def test_stylesheet_selector_of_the_live_window_matches(selector):
    assert lines("%s { color: red }" % selector) == []


# --- -o goes through the one output writer (issue 16, hostile input 1) ------------------------

def test_stylesheet_output_through_a_symlink_writes_its_target_and_keeps_the_link(capsys,
                                                                                 tmp_path):
    target = tmp_path / "real.css"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "theme.css"
    link.symlink_to(target)
    code, _, _ = run(capsys, EXAMPLE_RTF, "-o", link)
    assert code == 0 and link.is_symlink()
    assert target.read_text(encoding="utf-8") == read_stylesheet(EXAMPLE_RTF).css


def test_stylesheet_output_to_a_fifo_is_written_through_not_replaced(capsys, tmp_path):
    import os
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    code, _, _ = run(capsys, EXAMPLE_RTF, "-o", fifo)
    reader.join(10)
    assert code == 0 and fifo.is_fifo()
    assert received == [read_stylesheet(EXAMPLE_RTF).css.encode("utf-8")]


def test_stylesheet_empty_output_name_is_refused_exit_2_as_elsewhere(capsys):
    code, out, err = run(capsys, EXAMPLE_RTF, "-o", "")
    assert (code, out) == (2, [])
    assert err == ["-o: is empty: name the file to write, or leave -o out to print"]
