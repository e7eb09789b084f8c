"""The v2 chat's theme properties, `themeCustom` (SPEC 5.7).

Reference: 8x8-webchat-v2/glossary-of-theming-items.md (every table) and
button-theming.md (its table, plus `buttonSecondaryBackgroundColor`, which its
table leaves out but its own example sets).  Each name maps to the kind of CSS
value it takes, read from the name as the reference's descriptions do: a colour
("Changes the ... colour"), a radius ("rounding"), a border width, or a shadow.
The reference's example values are loose ("# FFFFFF" for a radius); chatkit
checks the value against the kind.  Pure Python data: the CLI checks a config's
`[theme]` with it, and the emulator (generated) applies it to its chat window.
"""

COLOR, RADIUS, WIDTH, SHADOW = "color", "radius", "width", "shadow"

# The CSS property whose syntax each kind's values follow.  A shadow takes a
# box-shadow, or a bare colour as every example of the reference gives it.
CSS_PROPERTY = {COLOR: "color", RADIUS: "border-radius", WIDTH: "border-width",
                SHADOW: "box-shadow"}

THEME_PROPERTIES = {
    # Global theme properties
    "chatBorderRadius": RADIUS,
    "chatShadow": SHADOW,
    # Header
    "headerBackgroundColor": COLOR,
    "headerBorderWidth": WIDTH,
    "headerBorderColor": COLOR,
    "headerBorderRadius": RADIUS,
    "headerTextColor": COLOR,
    "headerIconColor": COLOR,
    "headerIconBackgroundColorActive": COLOR,
    "headerIconBackgroundColorHover": COLOR,
    "headerMenuBackgroundColor": COLOR,
    "headerMenuBorderRadius": RADIUS,
    "headerMenuBorderColor": COLOR,
    "headerMenuBorderWidth": WIDTH,
    "headerMenuShadow": SHADOW,
    "headerMenuLinkIconColor": COLOR,
    "headerMenuLinkTextColor": COLOR,
    "headerMenuLinkTextColorFocus": COLOR,
    "headerMenuLinkTextColorHover": COLOR,
    "headerMenuLinkBackgroundColor": COLOR,
    "headerMenuLinkBackgroundColorFocus": COLOR,
    "headerMenuLinkBackgroundColorHover": COLOR,
    # Messages
    "messageIncomingBorderRadius": RADIUS,
    "messageIncomingBackgroundColor": COLOR,
    "messageIncomingTextColor": COLOR,
    "messageIncomingLinkColor": COLOR,
    "messageIncomingLinkColorHover": COLOR,
    "messageIncomingLinkColorFocus": COLOR,
    "messageIncomingLinkColorVisited": COLOR,
    "messageOutgoingBorderRadius": RADIUS,
    "messageOutgoingTextColor": COLOR,
    "messageOutgoingBackgroundColor": COLOR,
    "messageOutgoingLinkColor": COLOR,
    "messageOutgoingLinkColorHover": COLOR,
    "messageOutgoingLinkColorFocus": COLOR,
    "messageOutgoingLinkColorVisited": COLOR,
    # Chat window
    "chatBackgroundColor": COLOR,
    "chatTextColor": COLOR,
    "chatLoaderColor": COLOR,
    "chatSeparatorBackgroundColor": COLOR,
    # Form elements
    "formLabelTextColor": COLOR,
    "formElementTextColor": COLOR,
    "formElementBorderColor": COLOR,
    "formElementBorderRadius": RADIUS,
    "formElementBackgroundColor": COLOR,
    "formElementBackgroundColorHover": COLOR,
    # Attachments
    "attachmentItemColor": COLOR,
    "attachmentItemBackgroundColor": COLOR,
    "attachmentItemBorderRadius": RADIUS,
    "attachmentItemBorderColor": COLOR,
    "attachmentLinkColor": COLOR,
    "attachmentLinkColorHover": COLOR,
    "attachmentLinkColorFocus": COLOR,
    "attachmentIconDownloadColor": COLOR,
    "attachmentIconDownloadColorHover": COLOR,
    # Buttons (button-theming.md)
    "buttonPrimaryTextColor": COLOR,
    "buttonPrimaryTextColorDisabled": COLOR,
    "buttonPrimaryBackgroundColor": COLOR,
    "buttonPrimaryBackgroundColorHover": COLOR,
    "buttonPrimaryBackgroundColorActive": COLOR,
    "buttonPrimaryBackgroundColorDisabled": COLOR,
    "buttonSecondaryTextColor": COLOR,
    "buttonSecondaryTextColorDisabled": COLOR,
    "buttonSecondaryBackgroundColor": COLOR,
    "buttonSecondaryBackgroundColorHover": COLOR,
    "buttonSecondaryBackgroundColorActive": COLOR,
    "buttonSecondaryBackgroundColorDisabled": COLOR,
    "buttonBorderRadius": RADIUS,
}
