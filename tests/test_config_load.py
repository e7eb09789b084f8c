"""`[chat] load` and `[chat] button_text` (SPEC 2, 4): when the snippet asks for the chat, and
the text of its own button; checked by `chatkit check` with line, column and the allowed values."""

import pytest
from cli_support import run, write

from chatkit.config import parse_config
from chatkit.errors import ConfigError

CHAT = {"uuid": "script_1", "tenant": "dA==", "channel": "Support",
        "domain": "https://vcc-na7.8x8.com"}
V2 = {**CHAT, "api": "v2", "channel_uuid": "Ab3ULjXFQx-unSA6ebdW8A"}
ALLOWED = ('must be "page" (at page load, the default), "click" (when the visitor clicks the '
           'snippet\'s own button), "consent" (when the page calls window.chatkit.load())')


def chat_of(**values):
    return parse_config({"chat": {**CHAT, **values}}, "chat.toml").chat


def problems(**values):
    with pytest.raises(ConfigError) as raised:
        parse_config({"chat": {**CHAT, **values}}, "chat.toml")
    return [(p.key, p.message, p.severity) for p in raised.value.problems]


@pytest.mark.parametrize("chat", [CHAT, V2], ids=["v1", "v2"])
def test_load_is_page_by_default_and_takes_no_button_text(chat):
    settings = parse_config({"chat": chat}, "chat.toml").chat
    assert (settings.load, settings.button_text) == ("page", None)


@pytest.mark.parametrize("chat", [CHAT, V2], ids=["v1", "v2"])
@pytest.mark.parametrize("load", ["page", "click", "consent"])
def test_each_load_value_is_accepted_by_both_versions(chat, load):
    settings = parse_config({"chat": {**chat, "load": load}}, "chat.toml").chat
    assert settings.load == load


def test_click_without_button_text_gets_the_english_default():
    assert chat_of(load="click").button_text == "Chat with us"
    assert chat_of(load="click", language="en-GB").button_text == "Chat with us"


def test_click_keeps_the_button_text_as_written():
    assert chat_of(load="click", button_text="Fale connosco 💬").button_text == "Fale connosco 💬"


def test_click_in_another_language_requires_the_button_text():
    assert problems(load="click", language="pt-BR") == [
        ("chat.button_text", 'missing: with load = "click" and language = "pt", give the '
         'button\'s text in that language (the default, "Chat with us", is English)', "error")]


@pytest.mark.parametrize("value, hint", [("clik", ' (did you mean "click"?)'),
                                         ("Consent", ' (did you mean "consent"?)'),
                                         ("pgae", ' (did you mean "page"?)'),
                                         ("lazy", "")])
def test_a_wrong_load_names_the_allowed_values_and_the_nearest(value, hint):
    assert problems(load=value) == [("chat.load", '%s, not "%s"%s' % (ALLOWED, value, hint),
                                     "error")]


def test_load_must_be_text():
    assert problems(load=True) == [("chat.load", "must be text, not true/false", "error")]


def test_button_text_is_at_most_60_characters():
    assert chat_of(load="click", button_text="x" * 60).button_text == "x" * 60
    assert problems(load="click", button_text="x" * 61) == [
        ("chat.button_text", "too long: at most 60 characters (it is 61), a button's label",
         "error")]


def test_button_text_is_one_line_and_not_empty():
    [(key, message, severity)] = problems(load="click", button_text="Chat\nnow")
    assert (key, severity) == ("chat.button_text", "error")
    assert message.startswith("must not contain U+000A LINE FEED")
    assert problems(load="click", button_text="  ") == [
        ("chat.button_text", "must not be empty (leave the key out for its default)", "error")]


def test_button_text_without_click_is_a_warning():
    config = parse_config({"chat": {**CHAT, "load": "consent", "button_text": "Chat"}},
                          "chat.toml")
    assert [(p.key, p.message, p.severity) for p in config.warnings] == [
        ("chat.button_text", 'is used only with load = "click" (load is "consent"): the '
         "snippet shows no button of its own", "warning")]


def test_check_names_the_key_of_a_wrong_load(tmp_path, capsys):
    config = write(tmp_path, '[chat]\nuuid = "script_1"\ntenant = "dA=="\nchannel = "Support"\n'
                   'domain = "https://vcc-na7.8x8.com"\nload = "clik"\n')
    code, out, err = run(capsys, "check", config)
    assert (code, out) == (2, "")
    assert err == ['%s:6:1: chat.load: %s, not "clik" (did you mean "click"?)'
                   % (config, ALLOWED)]


def test_check_strict_fails_on_a_button_text_without_click(tmp_path, capsys):
    config = write(tmp_path, '[chat]\nuuid = "script_1"\ntenant = "dA=="\nchannel = "Support"\n'
                   'domain = "https://vcc-na7.8x8.com"\nbutton_text = "Chat"\n')
    code, _, err = run(capsys, "check", config, "--strict")
    assert code == 1
    assert err == ['%s:6:1: chat.button_text: warning: is used only with load = "click" (load '
                   'is "page"): the snippet shows no button of its own' % config]
