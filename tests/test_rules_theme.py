"""The v2 chat's theme properties (SPEC 5.7): every name of 8x8's glossary and button table."""

import re

from chatkit.config.theme import COLOR, RADIUS, SHADOW, THEME_PROPERTIES, WIDTH
from tests.reference import reference_text


def documented_names():
    names = []
    for page in ("glossary-of-theming-items.md", "button-theming.md"):
        text = reference_text("8x8-webchat-v2/" + page)
        names += re.findall(r"^\| (\w+) \| [^|]* \| [^|]+ \|$", text, re.MULTILINE)
    return [name for name in names if name != "Chat"]


def test_theme_has_every_documented_property():
    # The button table now lists buttonSecondaryBackgroundColor, which its example always set.
    assert sorted(THEME_PROPERTIES) == sorted(documented_names())
    assert len(THEME_PROPERTIES) == 68


def test_theme_kind_follows_the_name():
    # Typed rule: "...Color..." a colour, "...Radius" rounding, "...Width" a border width,
    # "...Shadow" a shadow.
    for name, kind in THEME_PROPERTIES.items():
        if name.endswith("Radius"):
            assert kind == RADIUS, name
        elif name.endswith("Width"):
            assert kind == WIDTH, name
        elif name.endswith("Shadow"):
            assert kind == SHADOW, name
        else:
            assert "Color" in name and kind == COLOR, name
