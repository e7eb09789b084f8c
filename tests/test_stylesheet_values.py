"""`chatkit.css.check_value`: the CSS check of a v2 `[theme]` value, one property at a time.

The values are typed from 8x8's theming glossary and button-theming page
(../shared/reference/8x8-webchat-v2/); several of the glossary's examples are malformed
("# FFFFFF", with a space) and must be refused, as a browser ignores them.
"""

import pytest

from chatkit.css import check_value


@pytest.mark.parametrize("property_name, value", [
    # glossary-of-theming-items.md, the well-formed examples
    ("border-radius", "8px 8px 0 0"),  # chatBorderRadius
    ("background-color", "#C90C90"),  # headerBackgroundColor
    ("border-width", "0 0 2px 0"),  # headerBorderWidth
    ("border-color", "#CCCCCC"),  # headerBorderColor
    ("border-radius", "0 0 6px 6px"),  # headerBorderRadius
    ("border-width", "2px"),  # headerMenuBorderWidth
    ("border-radius", "6px"),  # attachmentItemBorderRadius
    # button-theming.md
    ("color", "#FFFFFF"),  # buttonPrimaryTextColor
    ("background-color", "#00008B"),  # buttonPrimaryBackgroundColor
    ("background-color", "#ADD8E6"),  # buttonSecondaryBackgroundColor
    ("border-radius", "0px"),  # buttonBorderRadius
    ("border-radius", "10px"),  # the text's rounder buttons
    ("background-color", "blue"),  # headerBackgroundColor in the themeCustom example
    # what a tenant types besides
    ("color", "white"), ("color", "rgb(255, 255, 255)"), ("color", "rgb(0 0 0 / 50%)"),
    ("color", "#fff"), ("color", "#1d4f7c80"), ("color", "transparent"),
    ("box-shadow", "0 0 6px #A81F1F"), ("box-shadow", "0 2px 8px rgba(0, 0, 0, .3)"),
    ("box-shadow", "none"), ("box-shadow", "inset 0 1px 2px rgb(0 0 0 / 20%), 0 0 0 1px #ccc"),
])
def test_check_value_accepts(property_name, value):
    assert check_value(property_name, value) is None


@pytest.mark.parametrize("property_name, value", [
    # glossary-of-theming-items.md, the malformed examples (a space after "#")
    ("color", "# FFFFFF"),  # headerTextColor
    ("box-shadow", "# A81F1F"),  # chatShadow
    ("background-color", "# F9f5EF"),  # headerMenuLinkBackgroundColor
    ("border-radius", "# 000000"),  # formElementBorderRadius: a colour for a rounding
    # other mistakes
    ("color", "FFFFFF"), ("color", "#12345"), ("color", "bluee"), ("color", "10px"),
    ("border-radius", "0 0 6px 6px 6px"), ("border-width", "thick red"),
    ("box-shadow", "#A81F1F"), ("box-shadow", "big"), ("color", ""),
    # not one value any more
    ("color", "red; background: url(https://example.com/x.png)"), ("color", "red !important"),
    ("color", "red }"), ("color", '"red'), ("color", "red\x00"),
])
def test_check_value_refuses(property_name, value):
    assert check_value(property_name, value) == 'invalid value for %s: "%s"' % (
        property_name, value.replace("\x00", "\\x00"))


def test_check_value_names_an_unknown_property():
    assert check_value("colour", "red") == 'unknown property "colour" (did you mean "color"?)'


def test_check_value_message_is_one_line():
    message = check_value("color", "red\nblue\u2028")
    assert message == 'invalid value for color: "red\\x0ablue\\u2028"'
