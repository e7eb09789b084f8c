"""Issue 16, hostile 5: text holding the start of a script or style tag, in any field of a
config, never costs the snippet's chat script its nonce.

CSP Level 3 (6.7.3.1, "Is element nonceable?") ignores the nonce of a script element any
of whose attributes holds "<script" or "<style" (ASCII case-insensitive), and Chromium
does so for the scripts a page creates too: a snippet that copied such a value into an
attribute (8x8's v2 snippet copies the config into the script's dataset) would have
chat.js / chatv3.js refused under a nonce-only policy, and no chat.  Each field is tried
under exactly `script-src 'nonce-…'`; a value the config refuses never reaches a page.
"""

import copy

import pytest

from chatkit.config import parse_config
from chatkit.emulator.serving import pointed_at
from chatkit.errors import ChatkitError
from chatkit.snippet import render_snippet
from chatkit.testing import page_html
from chatkit.testing._page import TEST_CHAT, TEST_CHAT_BY_API

pytestmark = pytest.mark.browser

NONCE = "n0nce"
STYLE, SCRIPT = "Sales <Style Desk>", "<script>alert(1)</script>"
FIELDS = [
    # [chat] text fields, both versions
    ("chat.channel", STYLE), ("chat.channel", SCRIPT),
    ("chat.uuid", "script_<style"), ("chat.tenant", "<script"),
    ("chat.button_container_id", "chat-<style"),
    ("chat.language", "<style"),
    # the tables of both versions
    ("customer", {"Desk": STYLE}), ("customer", {"<script": "key"}),
    ("variables", {"_desk": STYLE}),
    ("fallback", {"text": SCRIPT, "link": "https://example.com/<style"}),
]
V1_FIELDS = [
    ("chat.path", "/<script"),
    ("chat.stylesheet_url", "https://cdn.example.com/<style>.css"),
    ("messages", {"chatQueued": STYLE}),
]
V2_FIELDS = [
    ("chat.channel_uuid", "<style"),
    ("chat.quick_replies", [STYLE]),
    ("theme", {"headerBackgroundColor": "<style"}),
]
CASES = ([("v1",) + field for field in FIELDS + V1_FIELDS]
         + [("v2",) + field for field in FIELDS + V2_FIELDS])


def hostile_config(api, url, key, value):
    chat = {**TEST_CHAT, **TEST_CHAT_BY_API.get(api, {}), "api": api, **pointed_at(api, url)}
    data = {"chat": chat}
    table, _, name = key.partition(".")
    if name:
        data[table][name] = copy.deepcopy(value)
    else:
        data[table] = copy.deepcopy(value)
    return parse_config(data, "chat.toml")


@pytest.mark.parametrize("api, key, value", CASES)
def test_no_field_costs_the_chat_script_its_nonce(chatkit_server, chatkit_emulator, api, key,
                                                   value):
    try:
        config = hostile_config(api, chatkit_server.url, key, value)
    except ChatkitError:
        return  # `chatkit check` refuses it: no snippet is ever made of it
    html = page_html(render_snippet(config, nonce=NONCE))
    url = chatkit_server.add_page(html, headers={"Content-Security-Policy":
                                                 "script-src 'nonce-%s'" % NONCE})
    try:
        # The chat starts: its script loaded, allowed by its nonce alone.
        chatkit_emulator.goto(url)
        assert chatkit_emulator.state()["started"]
    finally:
        chatkit_server.remove(url)
