"""Where each v2 theme property shows in the emulator (`themeCustom`, SPEC 5.7).

8x8's glossary names each property by the part it changes ("Changes the header
background colour", "Changes the primary button background colour when it's
hover"); this table puts each name of `chatkit.config.theme` on the emulator's part
and CSS property that answers that description, in a state (`hover`, `focus`,
`active`, `disabled`, `visited`) when the name ends with one.  The parts are the
v2 window's (`chatkit.emulator.v2`) and two of the page's own: the chat window's
frame (`chatBorderRadius`, `chatShadow`) and the invitation.  Which element is
"the primary button" is read from button-theming.md: the form's submit, the send
button and the confirmation's yes are primary; the form's clear, the cancel of
the confirmation and the invitation's quick replies and "no" are secondary.
8x8 publishes no DOM of its v2 window, so the parts are the emulator's (*assumed*);
the descriptions are 8x8's.

The emulator adds one CSS rule per target, `!important` (a theme wins over the
window's own look), in a `<style>` element injected at run time, as 8x8's widget injects
its styles (content-security-policy.md): a style-src without 'unsafe-inline' blocks it.

    >>> TARGETS["headerBackgroundColor"]
    [('header', '', 'background-color')]
"""

from chatkit.config.theme import CSS_PROPERTY, THEME_PROPERTIES
from chatkit.emulator.dom import HOST_IDS

__all__ = ["PARTS", "SHADOW_FROM_COLOR", "STATES", "TARGETS", "rules"]

_WINDOW, _PAGE = "window", "page"
STATES = ("", "hover", "focus", "active", "disabled", "visited")

# part -> (the document it is in, its selectors)
PARTS = {
    "frame": (_PAGE, ("#" + HOST_IDS["frame"],)),
    "invitation": (_PAGE, ("#" + HOST_IDS["invitation"],)),
    "invitationPrimary": (_PAGE, ("#%s > button:first-of-type" % HOST_IDS["invitation"],)),
    "invitationSecondary": (_PAGE, ("#%s > button:last-of-type" % HOST_IDS["invitation"],
                                   "#%s .quick-replies button" % HOST_IDS["invitation"])),
    "window": (_WINDOW, (".inner-container",)),
    "header": (_WINDOW, (".header",)),
    "headerIcon": (_WINDOW, (".header .control",)),
    "headerMenu": (_WINDOW, (".header-menu",)),
    "headerMenuLink": (_WINDOW, (".header-menu-link",)),
    "headerMenuLinkIcon": (_WINDOW, (".header-menu-link .header-menu-icon",)),
    "incoming": (_WINDOW, (".chat-incoming-msg",)),
    "incomingLink": (_WINDOW, (".chat-incoming-msg > a",)),
    "outgoing": (_WINDOW, (".chat-outgoing-msg",)),
    "outgoingLink": (_WINDOW, (".chat-outgoing-msg > a",)),
    "loader": (_WINDOW, (".loader",)),
    "separator": (_WINDOW, (".separator",)),
    "formLabel": (_WINDOW, (".form-list label",)),
    "formElement": (_WINDOW, (".form-list input", ".form-list select", ".form-list textarea")),
    "formOption": (_WINDOW, (".form-list option",)),
    "attachment": (_WINDOW, (".attachment-item",)),
    "attachmentLink": (_WINDOW, (".attachment-item .attachment-link",)),
    "attachmentIcon": (_WINDOW, (".attachment-item .attachment-download",)),
    "primaryButton": (_WINDOW, ('form .actions button[type="submit"]',
                               ".message-actions > button",
                               ".confirm-close > button:not(#cancel-close-btn)")),
    "secondaryButton": (_WINDOW, (".action-clear", "#cancel-close-btn")),
}

_PRIMARY = ("primaryButton", "invitationPrimary")
_SECONDARY = ("secondaryButton", "invitationSecondary")


def _each(parts, state, css_property):
    return [(part, state, css_property) for part in parts]


# name -> [(part, state, CSS property)], in the glossary's order.
TARGETS = {
    # "Changes the chat rounding", "Changes the chat shadow"
    "chatBorderRadius": _each(("frame", "invitation"), "", "border-radius"),
    "chatShadow": _each(("frame", "invitation"), "", "box-shadow"),
    "headerBackgroundColor": [("header", "", "background-color")],
    "headerBorderWidth": [("header", "", "border-width")],
    "headerBorderColor": [("header", "", "border-color")],
    "headerBorderRadius": [("header", "", "border-radius")],
    "headerTextColor": [("header", "", "color")],
    "headerIconColor": [("headerIcon", "", "color")],
    "headerIconBackgroundColorActive": [("headerIcon", "active", "background-color")],
    "headerIconBackgroundColorHover": [("headerIcon", "hover", "background-color")],
    "headerMenuBackgroundColor": [("headerMenu", "", "background-color")],
    "headerMenuBorderRadius": [("headerMenu", "", "border-radius")],
    "headerMenuBorderColor": [("headerMenu", "", "border-color")],
    "headerMenuBorderWidth": [("headerMenu", "", "border-width")],
    "headerMenuShadow": [("headerMenu", "", "box-shadow")],
    "headerMenuLinkIconColor": [("headerMenuLinkIcon", "", "color")],
    "headerMenuLinkTextColor": [("headerMenuLink", "", "color")],
    "headerMenuLinkTextColorFocus": [("headerMenuLink", "focus", "color")],
    "headerMenuLinkTextColorHover": [("headerMenuLink", "hover", "color")],
    "headerMenuLinkBackgroundColor": [("headerMenuLink", "", "background-color")],
    "headerMenuLinkBackgroundColorFocus": [("headerMenuLink", "focus", "background-color")],
    "headerMenuLinkBackgroundColorHover": [("headerMenuLink", "hover", "background-color")],
    "messageIncomingBorderRadius": [("incoming", "", "border-radius")],
    "messageIncomingBackgroundColor": [("incoming", "", "background-color")],
    "messageIncomingTextColor": [("incoming", "", "color")],
    "messageIncomingLinkColor": [("incomingLink", "", "color")],
    "messageIncomingLinkColorHover": [("incomingLink", "hover", "color")],
    "messageIncomingLinkColorFocus": [("incomingLink", "focus", "color")],
    "messageIncomingLinkColorVisited": [("incomingLink", "visited", "color")],
    "messageOutgoingBorderRadius": [("outgoing", "", "border-radius")],
    "messageOutgoingTextColor": [("outgoing", "", "color")],
    "messageOutgoingBackgroundColor": [("outgoing", "", "background-color")],
    "messageOutgoingLinkColor": [("outgoingLink", "", "color")],
    "messageOutgoingLinkColorHover": [("outgoingLink", "hover", "color")],
    "messageOutgoingLinkColorFocus": [("outgoingLink", "focus", "color")],
    "messageOutgoingLinkColorVisited": [("outgoingLink", "visited", "color")],
    # "Changes the text in Main (Invitation, PreChat, Window)": the window and the invitation.
    "chatBackgroundColor": _each(("window", "invitation"), "", "background-color"),
    "chatTextColor": _each(("window", "invitation"), "", "color"),
    # "Change the loader stroke width", named a colour: the loader's ring is drawn in
    # its text colour (currentColor).
    "chatLoaderColor": [("loader", "", "color")],
    "chatSeparatorBackgroundColor": [("separator", "", "background-color")],
    "formLabelTextColor": [("formLabel", "", "color")],
    "formElementTextColor": [("formElement", "", "color")],
    "formElementBorderColor": [("formElement", "", "border-color")],
    "formElementBorderRadius": [("formElement", "", "border-radius")],
    "formElementBackgroundColor": [("formElement", "", "background-color")],
    # "Changes the background colour of the select option in dropdown when it's hovered"
    "formElementBackgroundColorHover": [("formOption", "hover", "background-color")],
    "attachmentItemColor": [("attachment", "", "color")],
    "attachmentItemBackgroundColor": [("attachment", "", "background-color")],
    "attachmentItemBorderRadius": [("attachment", "", "border-radius")],
    "attachmentItemBorderColor": [("attachment", "", "border-color")],
    "attachmentLinkColor": [("attachmentLink", "", "color")],
    "attachmentLinkColorHover": [("attachmentLink", "hover", "color")],
    # "Changes the link outline colour ... when it's focus"
    "attachmentLinkColorFocus": [("attachmentLink", "focus", "outline-color")],
    "attachmentIconDownloadColor": [("attachmentIcon", "", "color")],
    "attachmentIconDownloadColorHover": [("attachmentIcon", "hover", "color")],
    "buttonPrimaryTextColor": _each(_PRIMARY, "", "color"),
    "buttonPrimaryTextColorDisabled": _each(_PRIMARY, "disabled", "color"),
    "buttonPrimaryBackgroundColor": _each(_PRIMARY, "", "background-color"),
    "buttonPrimaryBackgroundColorHover": _each(_PRIMARY, "hover", "background-color"),
    "buttonPrimaryBackgroundColorActive": _each(_PRIMARY, "active", "background-color"),
    "buttonPrimaryBackgroundColorDisabled": _each(_PRIMARY, "disabled", "background-color"),
    "buttonSecondaryTextColor": _each(_SECONDARY, "", "color"),
    "buttonSecondaryTextColorDisabled": _each(_SECONDARY, "disabled", "color"),
    "buttonSecondaryBackgroundColor": _each(_SECONDARY, "", "background-color"),
    "buttonSecondaryBackgroundColorHover": _each(_SECONDARY, "hover", "background-color"),
    "buttonSecondaryBackgroundColorActive": _each(_SECONDARY, "active", "background-color"),
    "buttonSecondaryBackgroundColorDisabled": _each(_SECONDARY, "disabled",
                                                    "background-color"),
    "buttonBorderRadius": _each(_PRIMARY + _SECONDARY, "", "border-radius"),
}

# A shadow given as a bare colour, as every example of the glossary gives it, becomes
# this box-shadow (*assumed*: 8x8 does not say how wide its shadow is).
SHADOW_FROM_COLOR = "0 2px 12px %s"


def rules():
    """The emulator's data: for each name, its kind, the CSS property that checks its
    value, and one rule per target: {document, selector, property}."""
    return {
        name: {
            "kind": THEME_PROPERTIES[name],
            "checkedAs": CSS_PROPERTY[THEME_PROPERTIES[name]],
            "targets": [_rule(part, state, css_property)
                        for part, state, css_property in TARGETS[name]],
        }
        for name in THEME_PROPERTIES
    }


def _rule(part, state, css_property):
    document, selectors = PARTS[part]
    suffix = ":" + state if state else ""
    return {"document": document, "part": part, "state": state,
            "selector": ", ".join(selector + suffix for selector in selectors),
            "property": css_property}

