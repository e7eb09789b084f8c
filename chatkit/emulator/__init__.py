"""The 8x8 chat emulators, assembled from their sources (`python -m chatkit.emulator`).

An emulator is one self-contained, readable script (no module loader, no eval), made of:

- the rule data of chatkit's Python core (the 22 languages, the 49 system messages,
  the customer-info limits, the chat's warning texts, the topic names, the chat
  window's DOM from `chatkit.emulator.dom`): the emulator never retypes them;
- the browser-language rule, `templates/browser-language.js` (the snippet's too);
- the shared core, `static/emulator/core/*.js` (log, delivery, chat data, signals,
  rules, phases, view, the `window.__8x8Emulator` controls);
- the front of one chat version, the page-facing part: `static/emulator/v1/*.js`
  (`window.__8x8Chat`, the start-up check, the bus, `onInit`) for `static/chat.js`,
  `static/emulator/v2/*.js` (the `init` event, `chatApp`, `setProxy`, the variables
  rules, `themeCustom`) for `static/chatv3.js`, whose data adds `chatkit.emulator.v2`
  (its window, calls and callbacks), `chatkit.emulator.theme` (where each theme
  property shows) and `chatkit.rules.variables`.  `core/core.js` documents what a
  front does with the core;
- the chat windows' own scripts, `static/chat-window.js` (v1) and
  `static/chatv3-window.js` (v2): `core/util.js`, `window/window.js` and the version's
  `window/v1.js` or `window/v2.js`; each draws its window from what the page-side
  emulator sends it by postMessage (`core/link.js`), in the window's own document.

    python -m chatkit.emulator          # rewrite every emulator
    python -m chatkit.emulator --check  # exit 1 when one is out of date

CPython only.
"""

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from chatkit import versions
from chatkit._files import write_atomic
from chatkit._resources import resource_dir
from chatkit.config import messages
from chatkit.config.theme import COLOR, CSS_PROPERTY, SHADOW
from chatkit.emulator import dom as chat_dom
from chatkit.emulator import serving, theme, v2
from chatkit.rules import customer, languages, topics, variables

__all__ = ["BUNDLES", "Bundle", "CORE", "assemble", "emulator_path", "is_up_to_date", "main",
           "rewrite", "rule_data", "source_dir"]

# The shared core, in the order its objects need each other.
CORE = ("core/util.js", "core/log.js", "core/delivery.js", "core/state.js", "core/signals.js",
        "core/rules.js", "core/phases.js", "core/policy.js", "core/link.js", "core/view.js",
        "core/controls.js", "core/core.js")
# The chat window's own script (in the window's document), before its version's part.
_WINDOW_CORE = ("core/util.js", "window/window.js")


class Bundle(NamedTuple):
    """One emulator file: its banner comment, its sources (after `core`), what its front
    adds to the rule data (a function of the shared data, changed in place), and whether
    it is a chat window's script (its own, smaller data; no browser-language rule)."""

    banner: str
    front: tuple[str, ...]
    data: Callable[[dict], None] | None = None
    window: bool = False

    @property
    def sources(self):
        return (_WINDOW_CORE if self.window else CORE) + self.front


def _page_paths(loader):
    """Where the page-side emulator finds the chat's files (chatkit.emulator.serving)."""
    return {"loader": loader, "window": serving.V1_WINDOW_PATH,
            "buttonImage": serving.BUTTON_IMAGE_PATH,
            "windowScript": serving.V2_WINDOW_SCRIPT_PATH, "logo": serving.V2_LOGO_PATH,
            "sound": serving.SOUND_PATH, "server": serving.SERVER_PATH,
            "discovery": serving.DISCOVERY_PATH}


def _v1_data(data):
    data["paths"] = _page_paths(versions.v1.LOADER_PATH)


def _v2_dom(data):
    data["dom"].update(window=v2.WINDOW, style=list(v2.WINDOW_STYLE),
                       attachment=v2.ATTACHMENT, quickReplies=v2.QUICK_REPLIES)


def _v2_data(data):
    """The v2 front's data: its window, chatApp, setProxy, variables and theme."""
    _v2_dom(data)
    data["paths"] = _page_paths(versions.v2.LOADER_PATH)
    data["frame"] = {"sandbox": v2.SANDBOX}
    data["chatApp"] = {
        "methods": list(v2.CHAT_APP_METHODS),
        "callbacks": list(v2.PROXY_CALLBACKS),
        "moments": dict(v2.MOMENT_CALLBACKS),
        "opened": dict(v2.OPENED_CALLBACKS),
        "withArgument": list(v2.CALLBACKS_WITH_ARGUMENT),
    }
    data["variables"] = {
        "limit": variables.VARIABLE_LIMIT,
        "customPrefix": variables.CUSTOM_PREFIX,
        "crmPrefix": variables.CRM_PREFIX,
        "crm": list(variables.CRM_VARIABLES),
        "language": variables.LANGUAGE_VARIABLE,
        "keyChars": "".join(sorted(variables.KEY_CHARS)),
    }
    data["texts"].update(keyNotMatching=variables.KEY_NOT_MATCHING,
                         systemNotSupported=variables.SYSTEM_NOT_SUPPORTED,
                         valueNotText=variables.VALUE_NOT_TEXT)
    data["theme"] = {
        "properties": theme.rules(),
        "shadowKind": SHADOW,
        "colorProperty": CSS_PROPERTY[COLOR],
        "shadowFromColor": theme.SHADOW_FROM_COLOR,
    }


def _v1_window_data(data):
    data["paths"] = {"script": serving.V1_WINDOW_SCRIPT_PATH}


def _v2_window_data(data):
    _v2_dom(data)
    data["paths"] = {"script": serving.V2_WINDOW_SCRIPT_PATH, "logo": serving.V2_LOGO_PATH,
                     "sound": serving.SOUND_PATH, "server": serving.SERVER_PATH}


# Each emulator, by its file in static/: the page-side scripts at 8x8's paths, and the
# scripts of their chat windows (chatkit.emulator.serving.WINDOW_FILES).
BUNDLES = {
    "chat.js": Bundle(banner="v1/banner.js",
                      front=("v1/json-hop.js", "v1/bus.js", "v1/front.js"), data=_v1_data),
    "chatv3.js": Bundle(banner="v2/banner.js",
                        front=("v2/state.js", "v2/variables.js", "v2/theme.js",
                               "v2/callbacks.js", "v2/looks.js", "v2/chat-app.js",
                               "v2/front.js"),
                        data=_v2_data),
    "chat-window.js": Bundle(banner="window/banner-v1.js", front=("window/v1.js",),
                             data=_v1_window_data, window=True),
    "chatv3-window.js": Bundle(banner="window/banner-v2.js", front=("window/v2.js",),
                               data=_v2_window_data, window=True),
}

# The chat's log line when the Chat Script has no such step (reference: the
# troubleshooting notes of the three triggers), and the step of each phase.
_MISSING_STEP = "Missing next step from step %s [%s]"
_STEPS = {
    "invitation": "initInvitation",
    "preChat": "initPreChat",
    "chatWindow": "initChatWindow",
    "offlineForm": "initOfflineForm",
}

# The emulator's notes on customSystemMessages it cannot use: production prints nothing
# documented for them (the emulator's own words, not the chat's).
_UNKNOWN_MESSAGE = "customSystemMessages: %s is not a system message of the chat; it is ignored"
_MESSAGE_NOT_TEXT = "customSystemMessages: %s is not text; it is ignored"
_UNKNOWN_PLACEHOLDER = ("customSystemMessages: %s has %s, which is not a placeholder of the chat;"
                       " it is shown as written")

_BROWSER_LANGUAGE = "browser-language.js"
_INDENT = "    "


def rule_data(name: str = "chat.js") -> dict:
    """Everything emulator `name` needs from the Python core, as JSON-friendly values."""
    data = _window_data() if BUNDLES[name].window else _shared_data()
    extend = BUNDLES[name].data
    if extend is not None:
        extend(data)
    return data


def _shared_data():
    return {
        "languages": dict(languages.LANGUAGES),
        "languageTable": _language_table(),
        "systemMessages": dict(messages.SYSTEM_MESSAGES),
        "agentPlaceholder": messages.AGENT_PLACEHOLDER,
        "limits": {"key": customer.KEY_LIMIT, "value": customer.VALUE_LIMIT},
        "texts": {
            "notPrimitive": customer.NOT_PRIMITIVE,
            "keyTooBig": customer.KEY_TOO_BIG,
            "valueTooBig": customer.VALUE_TOO_BIG,
            "invalidLanguage": languages.INVALID_LANGUAGE,
            "missingStep": _MISSING_STEP,
            "unknownMessage": _UNKNOWN_MESSAGE,
            "messageNotText": _MESSAGE_NOT_TEXT,
            "unknownPlaceholder": _UNKNOWN_PLACEHOLDER,
        },
        "steps": dict(_STEPS),
        "topics": _topics(),
        "dom": {
            "window": chat_dom.WINDOW,
            "field": chat_dom.FIELD,
            "message": chat_dom.MESSAGE,
            "messageKinds": dict(chat_dom.MESSAGE_KINDS),
            "requiredClass": chat_dom.REQUIRED_CLASS,
            "hostIds": dict(chat_dom.HOST_IDS),
            "style": list(chat_dom.WINDOW_STYLE),
        },
    }


def _window_data():
    """What a chat window's script draws with: the window's DOM and the languages."""
    return {
        "languages": dict(languages.LANGUAGES),
        "dom": {
            "window": chat_dom.WINDOW,
            "field": chat_dom.FIELD,
            "message": chat_dom.MESSAGE,
            "messageKinds": dict(chat_dom.MESSAGE_KINDS),
            "requiredClass": chat_dom.REQUIRED_CLASS,
            "style": list(chat_dom.WINDOW_STYLE),
        },
    }


def _language_table():
    # The table browserLanguage() takes, as the snippet gives it (one definition).
    from chatkit.snippet import language_table

    return language_table()


def _topics():
    return {name: value for name, value in vars(topics).items()
            if name.isupper() and isinstance(value, str)}


def source_dir() -> Path:
    """static/emulator: the emulators' JavaScript sources."""
    return resource_dir("static") / "emulator"


def emulator_path(name: str = "chat.js") -> Path:
    return resource_dir("static") / name


def assemble(name: str = "chat.js") -> str:
    """The text of emulator `name` as its sources make it."""
    bundle = BUNDLES[name]
    sources = source_dir()
    parts = [
        ("rule data of chatkit's Python core (chatkit.rules, chatkit.emulator)",
         _indent("const RULE_DATA = %s;\n" % _javascript(rule_data(name), ""))),
    ]
    if not bundle.window:
        parts.append(("templates/" + _BROWSER_LANGUAGE,
                      (resource_dir("templates") / _BROWSER_LANGUAGE).read_text(encoding="utf-8")))
    for source in bundle.sources:
        parts.append(("static/emulator/" + source,
                      _indent((sources / source).read_text(encoding="utf-8"))))
    body = "\n".join("%s// ==== %s\n\n%s" % (_INDENT, origin, text.rstrip("\n") + "\n")
                     for origin, text in parts)
    banner = (sources / bundle.banner).read_text(encoding="utf-8")
    return '%s(function (window, document) {\n%s"use strict";\n\n%s})(window, document);\n' % (
        banner, _INDENT, body)


def _indent(text):
    return "".join(_INDENT + line if line.strip() else line
                   for line in text.splitlines(keepends=True))


def _json(value):
    # ASCII only, so the file means the same whatever charset it is served with.
    return json.dumps(value, ensure_ascii=True)


def _javascript(value, indent):
    """Readable JSON: one entry a line, a DOM node's own fields on one line."""
    inner = indent + _INDENT
    if isinstance(value, dict) and "children" in value:
        fields = ", ".join("%s: %s" % (_json(k), _json(v)) for k, v in value.items()
                           if k != "children")
        if not value["children"]:
            return "{%s, \"children\": []}" % fields
        children = ",\n".join(inner + _javascript(c, inner) for c in value["children"])
        return "{%s, \"children\": [\n%s\n%s]}" % (fields, children, indent)
    if isinstance(value, dict) and value:
        entries = ",\n".join("%s%s: %s" % (inner, _json(k), _javascript(v, inner))
                              for k, v in value.items())
        return "{\n%s\n%s}" % (entries, indent)
    if isinstance(value, list) and len(_json(value)) > 80:
        # A record in a list (a theme property's target) is one line.
        items = ",\n".join(inner + (_json(item) if isinstance(item, dict) else
                                     _javascript(item, inner)) for item in value)
        return "[\n%s\n%s]" % (items, indent)
    return _json(value)


def is_up_to_date(name: str = "chat.js", path: Path | None = None) -> bool:
    """True when the emulator file is what its sources make today."""
    path = path or emulator_path(name)
    return path.read_text(encoding="utf-8") == assemble(name)


def rewrite(name: str = "chat.js", path: Path | None = None) -> bool:
    """Write the emulator from its sources; True when the file changed."""
    path = path or emulator_path(name)
    new = assemble(name)
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if new != old:
        write_atomic(path, new)
    return new != old


def main(argv=None):
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--check"]):
        print("usage: python -m chatkit.emulator [--check]")
        return 2
    status = 0
    for name in BUNDLES:
        path = emulator_path(name)
        if args == ["--check"]:
            if not is_up_to_date(name, path):
                print("%s: out of date with static/emulator/ or the Python core;"
                      " run python -m chatkit.emulator" % path)
                status = 1
        else:
            print("%s: %s" % (path, "rewritten" if rewrite(name, path) else "already up to date"))
    return status


if __name__ == "__main__":
    sys.exit(main())
