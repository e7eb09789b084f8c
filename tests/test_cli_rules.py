"""The config rules of SPEC 5.3, 5.4 and 5.6 as a user meets them: `chatkit check` says what
it does, `chatkit snippet` carries the result, and every example passes both."""

import json
import re
import tomllib
from pathlib import Path

import pytest

from chatkit.config import CHAT_KEYS, TABLES
from tests.cli_support import run, write

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
CHAT = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "%s"
"""
VALID = CHAT % "https://vcc-na7.8x8.com"


def settings(html):
    """`window.__8x8Chat` (v1) or the v2 snippet's `config` object, as the snippet sets it
    (the JSON it embeds), with v2's `scriptUuid` read as `uuid`."""
    found = re.search(r"var (?:settings|config) = (\{.*\});\n", html)
    values = json.loads(found.group(1))
    if "scriptUuid" in values:
        values["uuid"] = values["scriptUuid"]
    return values


# --- SPEC 5.3: the reference's {<agent>} -------------------------------------------------------

COPIED = VALID + """
[messages]
chatEstablishedName = "You are now chatting with {<agent>}."
[messages.de]
agentTypingName = "{<agent>} schreibt..."
"""
CONVERTED = ("warning: {<agent>} (as 8x8's documentation prints it) becomes {{agent}}, the "
             "placeholder the chat replaces; write {{agent}} to silence this warning")


def test_cli_check_accepts_the_references_placeholder_with_a_warning(tmp_path, capsys):
    config = write(tmp_path, COPIED)
    assert run(capsys, "check", config) == (0, "%s: ok, 2 warnings\n" % config, [
        "%s:10:1: messages.de.agentTypingName: %s" % (config, CONVERTED),  # VALID: 5 lines
        "%s:8:1: messages.chatEstablishedName: %s" % (config, CONVERTED)])
    assert run(capsys, "check", config, "--strict")[0] == 1


def test_cli_snippet_writes_the_references_placeholder_as_the_chat_replaces_it(tmp_path, capsys):
    code, out, err = run(capsys, "snippet", write(tmp_path, COPIED))
    assert code == 0 and len(err) == 2
    assert "{<agent>}" not in out
    tables = json.loads(re.search(r"var messagesByLanguage = (\{.*\});\n", out).group(1))
    assert tables == {"de": {"chatEstablishedName": "You are now chatting with {{agent}}.",
                             "agentTypingName": "{{agent}} schreibt..."},
                      "*": {"chatEstablishedName": "You are now chatting with {{agent}}."}}


def test_cli_check_still_refuses_an_unknown_placeholder_written_the_references_way(
        tmp_path, capsys):
    config = write(tmp_path, VALID + '[messages]\nchatQueued = "Hi {<customer>}"\n')
    assert run(capsys, "check", config) == (2, "", [
        "%s:7:1: messages.chatQueued: unknown placeholder {<customer>} (the only placeholder is "
        "{{agent}})" % config])


# --- SPEC 5.4: https stylesheets only ----------------------------------------------------------

@pytest.mark.parametrize("url", ["http://localhost:8000/theme.css", "http://127.0.0.1/theme.css",
                                 "http://cdn.example.com/theme.css"])
def test_cli_check_refuses_an_http_stylesheet_and_says_how_to_preview_one(tmp_path, capsys, url):
    config = write(tmp_path, VALID + 'stylesheet_url = "%s"\n' % url)
    assert run(capsys, "check", config) == (2, "", [
        "%s:6:1: chat.stylesheet_url: the stylesheet URL must use https:// (the chat refuses to "
        "start with any other, localhost too); to preview a stylesheet on this computer: "
        "chatkit serve chat.toml --stylesheet theme.css" % config])


# --- SPEC 5.6: the domain is the chat's exact origin -------------------------------------------

@pytest.mark.parametrize(
    "domain, changes",
    [
        ("https://VCC-NA7.8x8.com", "upper-case letters"),  # the examples
        ("https://vcc-na7.8x8.com:443", "the default port :443"),
        ("https://vcc-na7.8x8.com/", "a trailing slash"),
    ],
)
def test_cli_snippet_carries_the_normalised_origin(tmp_path, capsys, domain, changes):
    config = write(tmp_path, CHAT % domain)
    code, out, err = run(capsys, "snippet", config)
    assert (code, err) == (0, [
        "%s:5:1: chat.domain: warning: the domain is not written as the chat's exact origin (%s): "
        "chatkit uses https://vcc-na7.8x8.com" % (config, changes)])
    assert settings(out)["domain"] == "https://vcc-na7.8x8.com"
    assert domain not in out


@pytest.mark.parametrize(
    "domain",
    [
        "https://vcc-na7.8x8.com/CHAT",  # a path
        "https://vcc-na7.8x8.com/?tenant=1",  # a query
        "https://vcc-na7.8x8.com#x",  # a fragment
        "https://user:pw@vcc-na7.8x8.com",  # credentials
        "http://vcc-na7.8x8.com",  # http
    ],
)
def test_cli_snippet_refuses_a_domain_that_is_no_origin(tmp_path, capsys, domain):
    output = tmp_path / "out.html"
    code, out, err = run(capsys, "snippet", write(tmp_path, CHAT % domain), "-o", output)
    assert (code, out, len(err)) == (2, "", 1)
    assert ": chat.domain: the domain must " in err[0]
    assert not output.exists()


def test_cli_check_warns_about_a_host_outside_8x8(tmp_path, capsys):
    config = write(tmp_path, CHAT % "https://vcc-na7.8x8.cm")
    assert run(capsys, "check", config) == (0, "%s: ok, 1 warning\n" % config, [
        "%s:5:1: chat.domain: warning: the domain's host vcc-na7.8x8.cm is not an 8x8.com host: "
        "check it for a typo (the Configuration Manager gives https://vcc-XXX.8x8.com)"
        % config])


# --- every example passes ----------------------------------------------------------------------

EXAMPLE_CONFIGS = sorted(EXAMPLES.glob("**/*.toml"))


def test_cli_examples_are_all_there():
    assert [p.relative_to(EXAMPLES).as_posix() for p in EXAMPLE_CONFIGS] == [
        "click.toml", "full.toml", "imported.toml", "minimal.toml", "multilingual.toml",
        "python/chat-micropython.toml", "python/chat-v2.toml", "python/chat.toml",
        "server/chat.toml", "v2/consent.toml", "v2/full.toml", "v2/minimal.toml"]


@pytest.mark.parametrize("example", EXAMPLE_CONFIGS, ids=lambda p: p.name)
def test_cli_check_passes_every_example_strictly(capsys, example):
    assert run(capsys, "check", example, "--strict") == (0, "%s: ok\n" % example, [])


@pytest.mark.parametrize("example", EXAMPLE_CONFIGS, ids=lambda p: p.name)
def test_cli_snippet_of_every_example_has_made_up_ids_and_8x8s_origin(capsys, example):
    code, out, err = run(capsys, "snippet", example)
    assert (code, err) == (0, [])
    found = settings(out)
    assert found["uuid"] == "script_0123456789abcdef01234567.89012345"
    assert found["tenant"] == "ZXhhbXBsZTAx"
    assert found["domain"] == "https://vcc-na7.8x8.com"


# --- the README's configs are configs ----------------------------------------------------------

def readme_configs():
    """The README's two configs of "The config file": v1's, then v2's."""
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## The config file", 1)[1].split("\n## ", 1)[0]
    return [block.split("```", 1)[0] for block in section.split("```toml\n")[1:]]


@pytest.mark.parametrize("index, api", [(0, "v1"), (1, "v2")])
def test_cli_check_passes_the_readmes_configs_strictly(tmp_path, capsys, index, api):
    write(tmp_path, "", "hooks.py")
    text = readme_configs()[index]
    config = write(tmp_path, text)
    assert run(capsys, "check", config, "--strict") == (0, "%s: ok\n" % config, [])
    assert tomllib.loads(text)["chat"]["api"] == api


def test_readme_configs_show_every_table_and_chat_key_in_order():
    v1, v2 = (tomllib.loads(text) for text in readme_configs())
    for data in (v1, v2):
        assert list(data) == [name for name in TABLES if name in data]
        assert list(data["chat"]) == [key for key in CHAT_KEYS if key in data["chat"]]
    assert set(v1) | set(v2) == set(TABLES)
    assert set(v1["chat"]) | set(v2["chat"]) == set(CHAT_KEYS)
