"""`chatkit csp` and `chatkit snippet --csp` as a site's web team runs them (SPEC 3, 4.2).

The hashes' oracle is not chatkit: the inline scripts are cut out of what `chatkit snippet`
printed with the standard library's HTML parser and hashed with hashlib here.  The expected
v2 directives are typed from 8x8's CSP guide (8x8-webchat-v2/content-security-policy.md,
lines 30-36); that the printed policy runs the chat is proven in Chromium in
tests/browser/test_csp.py (test_the_policy_chatkit_csp_prints...).
"""

import base64
import hashlib
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.cli_support import run, write

ROOT = Path(__file__).resolve().parent.parent
V1 = ROOT / "examples" / "minimal.toml"
V2 = ROOT / "examples" / "v2" / "minimal.toml"
PYTHON_V1 = ROOT / "examples" / "python" / "chat.toml"
PYTHON_V2 = ROOT / "examples" / "python" / "chat-v2.toml"
CONFIGS = [V1, V2, PYTHON_V1, PYTHON_V2]


class _Scripts(HTMLParser):
    """The text of every <script> without src, as the page's parser hands it to CSP."""

    def __init__(self):
        super().__init__(convert_charrefs=False)
        self.scripts, self._open = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "script" and "src" not in dict(attrs):
            self._open = []

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._open is not None:
            self.scripts.append("".join(self._open))
            self._open = None


def inline_script_hashes(html):
    parser = _Scripts()
    parser.feed(html)
    parser.close()
    assert parser.scripts, "the snippet has no inline script"
    return ["'sha256-%s'" % base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest())
            .decode("ascii") for text in parser.scripts]


def directives(printed):
    """{name: [sources]} of `chatkit csp`'s header format: one `name sources;` a line."""
    found = {}
    for line in printed.splitlines():
        assert line.endswith(";"), line
        name, *sources = line[:-1].split(" ")
        found[name] = sources
    return found


@pytest.mark.parametrize("config", CONFIGS, ids=lambda path: path.stem)
def test_the_hashes_are_those_of_exactly_the_bytes_chatkit_snippet_prints(capsys, config):
    code, snippet, _ = run(capsys, "snippet", config)
    assert code == 0
    code, printed, _ = run(capsys, "csp", config)
    assert code == 0
    script_src = directives(printed)["script-src"]
    assert [s for s in script_src if s.startswith("'sha256-")] == inline_script_hashes(snippet)
    assert "'unsafe-inline'" not in script_src


@pytest.mark.parametrize("config", CONFIGS, ids=lambda path: path.stem)
def test_with_a_nonce_the_snippet_is_allowed_by_it_and_no_hash(capsys, config):
    code, printed, _ = run(capsys, "csp", config, "--nonce", "r4nd0m")
    script_src = directives(printed)["script-src"]
    assert code == 0 and "'nonce-r4nd0m'" in script_src
    assert not [s for s in script_src if s.startswith("'sha256-")]


def test_v2_prints_8x8s_recommended_policy_and_python_adds_eval_and_the_assets(capsys):
    found = directives(run(capsys, "csp", V2, "--nonce", "abc")[1])
    # content-security-policy.md, lines 30-36, each with 'self' (line 23-24)
    assert found == {
        "script-src": ["'self'", "'nonce-abc'", "https://*.8x8.com"],
        "connect-src": ["'self'", "https://*.8x8.com", "wss://*.chalet.8x8.com"],
        "frame-src": ["'self'", "https://*.8x8.com"],
        "img-src": ["'self'", "https://*.8x8.com", "data:", "blob:"],
        "media-src": ["'self'", "https://*.8x8.com", "blob:"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "font-src": ["'self'", "https://*.8x8.com"],
    }
    with_python = directives(run(capsys, "csp", PYTHON_V2, "--nonce", "abc")[1])
    assert with_python["script-src"] == ["'self'", "'nonce-abc'", "https://*.8x8.com",
                                         "https://cdn.example.com", "'unsafe-eval'"]


def test_the_runtime_a_config_file_names_is_the_one_csp_allows(capsys, tmp_path):
    # SPEC 4.2: 'unsafe-eval' for Brython, 'wasm-unsafe-eval' for MicroPython's WebAssembly.
    text = PYTHON_V1.read_text(encoding="utf-8")
    assert "runtime" not in text
    (tmp_path / "hooks.py").write_text("pass\n", encoding="utf-8")
    for runtime, needed, not_needed in (("micropython", "'wasm-unsafe-eval'", "'unsafe-eval'"),
                                        ("brython", "'unsafe-eval'", "'wasm-unsafe-eval'")):
        config = tmp_path / ("%s.toml" % runtime)
        config.write_text(text.replace("[python]\n", '[python]\nruntime = "%s"\n' % runtime),
                          encoding="utf-8")
        code, out, err = run(capsys, "csp", config, "--nonce", "abc")
        assert code == 0, err
        script_src = directives(out)["script-src"]
        assert needed in script_src and not_needed not in script_src, (runtime, script_src)


def test_v1_needs_its_domain_for_the_loader_the_window_and_the_button(capsys):
    code, printed, _ = run(capsys, "csp", V1, "--nonce", "abc", "--exact-hosts")
    assert code == 0
    assert printed == ("script-src 'self' 'nonce-abc' https://vcc-na7.8x8.com;\n"
                       "frame-src 'self' https://vcc-na7.8x8.com;\n"
                       "img-src 'self' https://vcc-na7.8x8.com;\n")


def test_what_the_domain_cannot_tell_is_a_marked_placeholder_or_an_option(capsys):
    code, printed, err = run(capsys, "csp", V2, "--exact-hosts")
    assert code == 0
    assert "https://api.<region>.chalet.8x8.com" in printed
    assert "https://cloud8-<site>.8x8.com" in printed
    assert any(line.startswith("note: <region> (the chalet region) is a placeholder")
               for line in err)
    assert any("Content-Security-Policy-Report-Only first" in line for line in err)
    code, printed, err = run(capsys, "csp", V2, "--exact-hosts", "--region", "uk",
                             "--site", "uk")
    assert "<" not in printed and not any("placeholder" in line for line in err)
    assert "wss://api.uk.chalet.8x8.com" in directives(printed)["connect-src"]  # line 104


def test_formats(capsys):
    code, meta, _ = run(capsys, "csp", V2, "--format", "meta", "--nonce", "abc")
    assert code == 0 and meta.startswith('<meta http-equiv="Content-Security-Policy" content="'
                                         "script-src &#x27;self&#x27; &#x27;nonce-abc&#x27; ")
    code, text, err = run(capsys, "csp", V2, "--format", "json", "--nonce", "abc")
    data = json.loads(text)
    assert code == 0 and data["directives"]["style-src"] == ["'self'", "'unsafe-inline'"]
    assert data["header"].startswith("script-src 'self' 'nonce-abc' https://*.8x8.com; ")
    assert err == []  # the notes are in the json


def test_snippet_csp_appends_the_policy_as_a_comment_leaving_the_hashes_alone(capsys):
    for config in (V2, PYTHON_V1):
        snippet = run(capsys, "snippet", config)[1]
        code, with_policy, _ = run(capsys, "snippet", config, "--csp")
        assert code == 0 and with_policy.startswith(snippet)
        comment = with_policy[len(snippet):]
        assert comment.startswith("<!-- The Content-Security-Policy this snippet needs")
        assert comment.endswith("-->\n") and comment.count("-->") == 1
        printed = run(capsys, "csp", config)[1]
        assert printed in comment
        assert inline_script_hashes(with_policy) == inline_script_hashes(snippet)


# --- --check ---------------------------------------------------------------------------------

def test_the_printed_policy_passes_its_own_check_from_standard_input(capsys, monkeypatch):
    import io

    for config in CONFIGS:
        printed = run(capsys, "csp", config, "--nonce", "abc")[1]
        monkeypatch.setattr("sys.stdin", io.StringIO(printed))
        code, out, err = run(capsys, "csp", config, "--nonce", "abc", "--check", "-")
        assert (code, out) == (0, ""), out
        assert err[-1] == "Content-Security-Policy: nothing the chat needs is blocked"


def test_a_helmet_style_site_learns_what_to_add_and_the_effect(capsys, tmp_path):
    # helmet's default policy, as an Express site sends it, with the site's own CDN
    headers = write(tmp_path, (
        "HTTP/1.1 200 OK\nContent-Type: text/html\n"
        "Content-Security-Policy: default-src 'self';base-uri 'self';font-src 'self' https: "
        "data:;form-action 'self';frame-ancestors 'self';img-src 'self' data:;object-src "
        "'none';script-src 'self' https://cdn.example.com;script-src-attr 'none';style-src "
        "'self' https: 'unsafe-inline';upgrade-insecure-requests\n"), "headers.txt")
    code, out, _ = run(capsys, "csp", V2, "--check", headers, "--page-origin",
                       "https://www.example.com")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("script-src: blocks the snippet's inline script: the snippet "
                               "does not run: no chat (add 'sha256-")
    assert any(line.startswith("script-src: blocks chatv3.js from https://vcc-na7.8x8.com")
               for line in lines)
    assert any(line.startswith("connect-src: blocks the v2 widget's connections to "
                               "https://vcc-na7.8x8.com (the policy has no connect-src, so its "
                               "default-src applies)") for line in lines)
    # style-src has 'unsafe-inline', font-src https: : neither is named
    assert not [line for line in lines if line.startswith(("style-src", "font-src"))]


def test_several_policies_are_all_enforced_and_report_only_is_said(capsys, tmp_path):
    printed = " ".join(run(capsys, "csp", V2, "--nonce", "abc")[1].splitlines())
    headers = write(tmp_path, "Content-Security-Policy: %s\n"
                    "Content-Security-Policy: default-src 'none'; style-src 'self'\n"
                    "Content-Security-Policy-Report-Only: %s\n"
                    % (printed, printed.replace("'unsafe-inline'", "")), "h.txt")
    code, out, _ = run(capsys, "csp", V2, "--nonce", "abc", "--check", "@%s" % headers)
    lines = out.splitlines()
    assert code == 1
    assert "style-src: blocks the v2 widget's styles (<style> elements injected at run time) "\
        "(no 'unsafe-inline'): the v2 widget renders unstyled (8x8's CSP guide) (add "\
        "'unsafe-inline') [policy 2 of 3]" in lines
    reported = [line for line in lines
                if line.endswith("[Content-Security-Policy-Report-Only: reported, not blocked]")]
    assert len(reported) == 1 and reported[0].startswith("style-src: blocks the v2 widget's")
    assert all(line.endswith("[policy 2 of 3]") for line in lines if line not in reported)


def test_a_page_is_read_for_its_meta_policy_and_json_lists_what_is_blocked(capsys, tmp_path):
    page = write(tmp_path, '<!doctype html><html><head><meta http-equiv="Content-Security-'
                 'Policy" content="default-src \'self\'; script-src \'self\' \'nonce-abc\' '
                 'https://*.8x8.com; img-src *"></head><body></body></html>', "page.html")
    code, out, _ = run(capsys, "csp", V1, "--nonce", "abc", "--check", page, "--format", "json")
    assert code == 1
    [blocked] = json.loads(out)
    assert (blocked["directive"], blocked["governing"]) == ("frame-src", "default-src")
    assert blocked["what"] == "the v1 chat window from https://vcc-na7.8x8.com"
    assert blocked["effect"] == "no chat (its window cannot open)"


@pytest.mark.parametrize("argv, message", [
    (["--check", ""], "--check: no directive in it"),
    (["--check", "@missing.txt"], "missing.txt: --check: cannot read the file"),
    (["--page-origin", "https://www.example.com"], "--page-origin: only with --check"),
    (["--check", "img-src *", "--page-origin", "https://www.example.com/shop"],
     "--page-origin: an origin: scheme://host[:port]"),
    (["--exact-hosts", "--region", "eu"], "--region: the chalet region is one of uk, us-east, "
     "ap, ca (8x8's CSP guide, line 81)"),
    (["--nonce", "a b"], "--nonce: a nonce is base64 text"),
])
def test_user_errors_are_one_line_and_exit_2(capsys, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "csp", V2, *argv)
    assert (code, out, len(err)) == (2, "", 1) and err[0].startswith(message), err


def test_a_config_with_errors_is_exit_2(capsys, tmp_path):
    config = write(tmp_path, "[chat]\nuuid = 1\n")
    code, out, err = run(capsys, "csp", config)
    assert code == 2 and out == "" and err and all(str(config) in line for line in err)
