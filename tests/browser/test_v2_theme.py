"""themeCustom in the chat window, as button-theming.md adds it to 8x8's v2 snippet (in the
config, after `align`) and as chatkit's snippet carries a config's [theme]: each property
changes the part its glossary entry describes, read back as computed styles.  What chatkit
check refuses (an unknown name, a value that is not CSS) is tried with 8x8's snippet only."""

import pytest

from chatkit.config.theme import COLOR, RADIUS, SHADOW, WIDTH
from chatkit.emulator.theme import rules

pytestmark = pytest.mark.browser

FRAME = "#__8x8-chat-window"
# Typed from the glossary and button-theming.md: a property, a value, and where a reader
# of the description expects it (a selector of the window, or the frame), which CSS
# property, and the computed value.
DESCRIBED = [
    # "Changes the header background colour"
    ("headerBackgroundColor", "#C90C90", ".header", "background-color", "rgb(201, 12, 144)"),
    # "Changes the text colour in the header"
    ("headerTextColor", "#FFFFFF", ".header", "color", "rgb(255, 255, 255)"),
    # "Adds the header border" (its example "0 0 2px 0")
    ("headerBorderWidth", "0 0 2px 0", ".header", "border-bottom-width", "2px"),
    ("headerBorderColor", "#CCCCCC", ".header", "border-bottom-color", "rgb(204, 204, 204)"),
    # "Adds the rounding to the header" (its example "0 0 6px 6px")
    ("headerBorderRadius", "0 0 6px 6px", ".header", "border-bottom-left-radius", "6px"),
    # "Changes the background colour of the incoming messages" (from the agent)
    ("messageIncomingBackgroundColor", "#000000", ".chat-incoming-msg", "background-color",
     "rgb(0, 0, 0)"),
    # "Changes the text colour of the outgoing messages" (from the customer)
    ("messageOutgoingTextColor", "red", ".chat-outgoing-msg", "color", "rgb(255, 0, 0)"),
    # "Changes the chat background colour"
    ("chatBackgroundColor", "#CCCCCC", ".inner-container", "background-color",
     "rgb(204, 204, 204)"),
    # "Changes the primary button background colour": the send button of the window
    ("buttonPrimaryBackgroundColor", "#000080", ".message-actions > button",
     "background-color", "rgb(0, 0, 128)"),
    ("buttonPrimaryTextColor", "#FFFFFF", ".message-actions > button", "color",
     "rgb(255, 255, 255)"),
    # "... the secondary buttons are both the quick replies, and cancel options"
    ("buttonSecondaryBackgroundColor", "#ADD8E6", "#cancel-close-btn", "background-color",
     "rgb(173, 216, 230)"),
    # "Changes the button rounding" (button-theming.md sets "10px" for its picture)
    ("buttonBorderRadius", "10px", ".message-actions > button", "border-top-left-radius",
     "10px"),
    # "Changes the chat rounding"
    ("chatBorderRadius", "8px 8px 0 0", FRAME, "border-top-left-radius", "8px"),
]


def theme_config(theme):
    """The config entry button-theming.md adds to the snippet."""
    import json

    return "themeCustom: %s," % json.dumps(theme)


def computed(chat, selector, css_property):
    """The computed value of `css_property` on the first element of `selector`: in the page
    for the frame, else in the chat window."""
    if selector == FRAME:
        return chat.page.evaluate("([s, p]) => getComputedStyle(document.querySelector(s))"
                                  ".getPropertyValue(p)", [selector, css_property])
    return chat.in_window(selector, css_property)[0]


def chatting(chat):
    """The chat window with a message each way and the end-chat confirmation."""
    chat.start_chat()
    chat.submit_pre_chat({"name": "James"})
    chat.agent_join("Ann")
    frame = chat.page.frame_locator(FRAME)
    frame.locator("#message-field").fill("Hello")
    frame.locator("#message-field").press("Enter")
    chat.agent_message("Hi")
    frame.locator(".control.end").click()  # the confirmation shows its cancel button


@pytest.mark.parametrize("name, value, selector, css_property, expected", DESCRIBED)
def test_each_property_changes_the_part_its_description_names(open_chat_app, name, value,
                                                                selector, css_property,
                                                                expected):
    chat = open_chat_app(theme={name: value})
    assert chat.state()["theme"] == {name: value}
    chatting(chat)
    assert computed(chat, selector, css_property) == expected
    assert chat.notes == []


def test_without_a_theme_the_window_keeps_its_own_look(open_chat_app):
    chat = open_chat_app()
    chatting(chat)
    assert chat.state()["theme"] == {}
    assert computed(chat, ".header", "background-color") != "rgb(201, 12, 144)"


def test_a_shadow_given_as_a_colour_as_the_glossary_gives_it_shadows_the_window(open_chat_app):
    # "chatShadow | # A81F1F | Changes the chat shadow" (the example's space removed)
    chat = open_chat_app(theme={"chatShadow": "#A81F1F"})
    chat.start_chat()
    assert "rgb(168, 31, 31)" in computed(chat, FRAME, "box-shadow")


@pytest.mark.parametrize("theme, note", [
    ({"headerColour": "red"},
     "themeCustom.headerColour: not a property of 8x8's theming glossary or button theming "
     "table; the chat ignores it"),
    ({"headerTextColor": "# FFFFFF"},  # the glossary's own example, with its space
     'themeCustom.headerTextColor: "# FFFFFF" is not a valid value for CSS color; the chat '
     "ignores it"),
    ({"buttonBorderRadius": "round"},
     'themeCustom.buttonBorderRadius: "round" is not a valid value for CSS border-radius; the '
     "chat ignores it"),
    ({"headerBorderWidth": 2},
     "themeCustom.headerBorderWidth: 2 is not text (the glossary's values are CSS text, e.g. "
     '"#FF0000"); the chat ignores it'),
])
def test_what_the_chat_cannot_use_is_left_out_with_a_note(open_v2, theme, note):
    chat = open_v2(config=theme_config({**theme, "headerBackgroundColor": "blue"}))
    assert chat.state()["theme"] == {"headerBackgroundColor": "blue"}
    assert chat.notes == [note]
    assert chat.warnings == []


def test_a_theme_that_is_not_an_object_is_noted(open_v2):
    chat = open_v2(config='themeCustom: "dark",')
    assert chat.notes == ['themeCustom is "dark", not an object of theme properties; the chat '
                          "ignores it"]


# -- every property, generically: each of its rules takes effect -------------------------

def distinct_values():
    """A distinct, valid value per property, by its kind."""
    values = {}
    for index, (name, data) in enumerate(sorted(rules().items())):
        kind = data["kind"]
        if kind in (COLOR, SHADOW):
            values[name] = "rgb(%d, %d, %d)" % (index + 1, (index * 7) % 256, 200 - index)
        elif kind == RADIUS:
            values[name] = "%dpx" % (index % 23 + 1)
        elif kind == WIDTH:
            values[name] = "%dpx" % (index % 5 + 3)
    return values


def expected(kind, value):
    return value if kind != SHADOW else value + " 0px 2px 12px 0px"


# Every rule of the document's style sheets (its <style> elements: the theme arrives as
# <style> elements injected at run time), read where it runs: the page, or the window.
STATE_RULES = """() => {
    const found = [];
    Array.from(document.styleSheets).forEach((sheet) => Array.from(sheet.cssRules).forEach(
        (rule) => rule.style && Array.from(rule.style).forEach((property) => found.push(
            [rule.selectorText, property, rule.style.getPropertyValue(property),
             rule.style.getPropertyPriority(property)]))));
    return found;
}"""
PAGE_COMPUTED = """([selector, property]) => Array.from(document.querySelectorAll(selector))
    .map((element) => getComputedStyle(element).getPropertyValue(property))"""


def every_rule(where, state):
    """(name, kind, target) of every rule in document `where`, stateless or not."""
    return [(name, data["kind"], target) for name, data in sorted(rules().items())
            for target in data["targets"]
            if target["document"] == where and bool(target["state"]) == state]


def test_every_property_without_a_state_shows_on_its_parts(open_chat_app):
    values = distinct_values()
    chat = open_chat_app(theme=values, scenario={"languageQuestion": True})
    assert chat.state()["theme"] == values and chat.notes == []
    chat.chat_app("setInvitationQuickReplies", ["Help"])
    chat.show_invitation()
    for name, kind, target in every_rule("page", False):
        if "invitation" in target["part"].lower():
            shown = chat.page.evaluate(PAGE_COMPUTED, [target["selector"], target["property"]])
            assert shown and set(shown) == {expected(kind, values[name])}, (name, target)
    chat.accept_invitation()
    frame = chat.page.frame_locator(FRAME)
    frame.locator("#field-name").fill("James")  # the form's buttons are enabled, not disabled
    frame.locator('form button[type="submit"]').click()
    chat.agent_join("Ann")
    chat.agent_message("See https://example.com/help")
    chat.agent_file("invoice.pdf")
    frame.locator("#message-field").fill("Thanks https://example.com/me")
    frame.locator("#message-field").press("Enter")
    frame.locator("#message-field").fill("typing")  # send is enabled
    frame.locator(".control.end").click()
    for name, kind, target in every_rule("page", False):
        if target["part"] == "frame":
            shown = chat.page.evaluate(PAGE_COMPUTED, [target["selector"], target["property"]])
            assert shown == [expected(kind, values[name])], (name, target)
    for name, kind, target in every_rule("window", False):
        shown = chat.in_window(target["selector"], target["property"])
        assert shown and set(shown) == {expected(kind, values[name])}, (name, target)


def test_every_property_with_a_state_has_its_rule_in_that_state(open_chat_app):
    values = distinct_values()
    chat = open_chat_app(theme=values)
    chat.show_invitation()
    chat.accept_invitation()
    chat.settle()
    for where in ("window", "page"):
        # The window is the widget's sandboxed srcdoc: read in its own frame.
        found = (chat.window_frame() if where == "window" else chat.page).evaluate(STATE_RULES)
        for name, kind, target in every_rule(where, True):
            matching = [rule for rule in found
                        if ":" + target["state"] in rule[0] and rule[1] == target["property"]
                        and rule[2] == expected(kind, values[name]) and rule[3] == "important"]
            assert matching, (name, target)


def test_hover_focus_active_and_disabled_show_their_colours(open_chat_app):
    theme = {
        "headerIconBackgroundColorHover": "rgb(1, 1, 1)",
        "headerMenuLinkTextColorFocus": "rgb(2, 2, 2)",
        "buttonPrimaryBackgroundColorActive": "rgb(3, 3, 3)",
        "buttonPrimaryBackgroundColorDisabled": "rgb(4, 4, 4)",
        "buttonPrimaryTextColorDisabled": "rgb(5, 5, 5)",
        "buttonSecondaryBackgroundColorDisabled": "rgb(6, 6, 6)",
    }
    chat = open_chat_app(theme=theme, scenario={"preChat": False})
    chat.start_chat()
    frame = chat.page.frame_locator(FRAME)
    # Nothing typed: send is disabled ("... when it's disabled").
    assert chat.in_window(".message-actions > button", "background-color") == ["rgb(4, 4, 4)"]
    assert chat.in_window(".message-actions > button", "color") == ["rgb(5, 5, 5)"]
    # The form's clear, with nothing to clear, is a disabled secondary button.
    assert chat.in_window(".action-clear", "background-color") == ["rgb(6, 6, 6)"]
    frame.locator(".control.menu").hover()
    assert chat.in_window(".control.menu", "background-color") == ["rgb(1, 1, 1)"]
    frame.locator(".control.menu").click()
    frame.locator(".header-menu-link").focus()
    assert chat.in_window(".header-menu-link", "color") == ["rgb(2, 2, 2)"]
    frame.locator("#message-field").fill("Hello")
    frame.locator(".message-actions > button").hover()
    chat.page.mouse.down()
    assert chat.in_window(".message-actions > button", "background-color") == ["rgb(3, 3, 3)"]
    chat.page.mouse.up()
