"""A config `chatkit migrate` made from a v1 config runs against the v2 emulator, and the
agent gets the same customer info (and language and variables) as with the v1 config
against the v1 emulator (issue 19, item 1).  The config is Acme's
(tests/data/migrate/acme/), without its [python] table: the hooks are another test's
(tests/test_migrate.py reads them); its theme comes from Acme's stylesheet."""

import shutil
from pathlib import Path

import pytest

from tests.cli_support import run

pytestmark = pytest.mark.browser

ACME = Path(__file__).resolve().parent.parent / "data" / "migrate" / "acme"
# Acme's chat.toml, typed: what its agent must see, whichever chat.
INFO = {"Store": "Online", "Loyalty tier": "Gold", "Basket items": 3, "Newsletter": True}


@pytest.fixture
def configs(tmp_path, capsys):
    """(Acme's v1 config without [python], the v2 config migrate made of it)."""
    shutil.copy(ACME / "theme.css", tmp_path / "theme.css")
    text = (ACME / "chat.toml").read_text(encoding="utf-8")
    v1 = tmp_path / "chat.toml"
    v1.write_text(text.split("\n[python]\n")[0] + "\n", encoding="utf-8")
    v2 = tmp_path / "chat-v2.toml"
    code, _, err = run(capsys, "migrate", v1, "--channel-uuid", "Ab3ULjXFQx-unSA6ebdW8A",
                       "--stylesheet", tmp_path / "theme.css", "-o", v2)
    assert code == 0, err
    return v1, v2


def reached_the_agent(chat):
    chat.click_button()  # the visitor clicks the chat button, on either chat
    chat.agent_join("Ann")
    return chat.state()["submissions"][0]


def test_the_migrated_config_brings_the_agent_the_same_customer_info(chatkit_open, configs):
    v1, v2 = configs
    before = chatkit_open(v1, scenario={"preChat": False})
    assert before.state()["api"] == "v1"
    sent_v1 = reached_the_agent(before)
    after = chatkit_open(v2, scenario={"preChat": False})
    assert after.state()["api"] == "v2"
    sent_v2 = reached_the_agent(after)
    assert sent_v1["info"] == sent_v2["info"] == INFO
    assert sent_v1["language"] == sent_v2["language"] == "es"
    # v1's free-form variables, and the two v2 keeps by its rules.
    assert sent_v1["variables"] == {"_department": "sales", "priority": "high",
                                    "$shoeSize": "9",
                                    "$emailAddress": "orders@acme-shoes.example"}
    assert sent_v2["variables"] == {"_department": "sales",
                                    "$emailAddress": "orders@acme-shoes.example"}
    assert after.warnings == [] and after.notes == [] and after.console_warnings == []


def test_the_stylesheets_header_colour_themes_the_v2_window(chatkit_open, configs):
    _, v2 = configs
    chat = chatkit_open(v2, scenario={"preChat": False})
    chat.click_button()
    # theme.css: `.header { background: #0b3d91 }` -> headerBackgroundColor.
    assert chat.in_window(".header", "background-color") == ["rgb(11, 61, 145)"]
    chat.agent_join("Ann")
    chat.agent_message("Hola")
    # `.chat-incoming-msg { background-color: #f1f1f1; color: #222 }`
    assert chat.in_window(".chat-incoming-msg", "background-color") == ["rgb(241, 241, 241)"]
    assert chat.in_window(".chat-incoming-msg", "color") == ["rgb(34, 34, 34)"]
