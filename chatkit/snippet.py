"""The HTML snippet (SPEC 4): the Configuration Manager's shape, plus chatkit's onInit.

Values reach JavaScript only through `script_json`, JSON made safe inside a
`<script>` element; the template never joins strings into code.
"""

import json

import jinja2
from markupsafe import Markup

from chatkit._resources import resource_dir
from chatkit.config import DEFAULT_FALLBACK_SECONDS, Config
from chatkit.errors import Problem, ValidationError
from chatkit.rules import topics
from chatkit.rules.languages import CHINESE_BY_SUBTAG, LANGUAGE_ALIASES, LANGUAGES

CHAT_JS_PATH = "/CHAT/common/js/chat.js"
OTHER_LANGUAGES = "*"
_NONCE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")
# Characters that could end a <script> element, open an HTML comment or end a JS line.
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


def script_json(value: object) -> Markup:
    """JSON that is a safe JavaScript expression anywhere inside a `<script>` element."""
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    for char, escape in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return Markup(text)


def _environment():
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(resource_dir("templates"))),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["script_json"] = script_json
    return env


_ENV = None


def environment() -> jinja2.Environment:
    global _ENV
    if _ENV is None:
        _ENV = _environment()
    return _ENV


def chat_settings(config: Config) -> dict:
    """`window.__8x8Chat` as the Configuration Manager writes it, plus chatkit's options."""
    chat = config.chat
    settings = {"uuid": chat["uuid"], "tenant": chat["tenant"], "channel": chat["channel"]}
    if "channel_uuid" in chat:
        settings["channelUuid"] = chat["channel_uuid"]
    settings.update(domain=chat["domain"], path=chat["path"],
                    buttonContainerId=chat["button_container_id"], align=chat["align"])
    messages = dict(config.messages)
    messages.update(config.messages_by_language.get(chat.get("language"), {}))
    if messages:
        settings["customSystemMessages"] = messages
    if "stylesheet_url" in chat:
        settings["stylesheetURL"] = chat["stylesheet_url"]
    return settings


def init_settings(config: Config) -> dict:
    """What the snippet's onInit publishes, in plain JavaScript."""
    init = {}
    if config.chat.get("language"):
        init["language"] = config.chat["language"]
    if config.customer:
        init["customer"] = config.customer
    if config.variables:
        init["variables"] = config.variables
    return init


def messages_by_language(config: Config) -> dict | None:
    """When the browser's language picks the system messages: each language's table over
    `[messages]`, `"*"` for the other languages; None when the config fixes them.

    The chat reads `customSystemMessages` once, as it starts, and has no bus topic
    for them (facts, point 4): so the snippet chooses the table before it loads
    chat.js.  Only keys a table or `[messages]` sets: the real chat localises its
    own defaults, so filling a gap with the English default would override them.
    """
    if not config.messages_by_language or config.chat.get("language"):
        return None
    base, by_language = config.messages, config.messages_by_language
    return {code: {**base, **overrides}
            for code, overrides in list(by_language.items()) + [(OTHER_LANGUAGES, {})]}


def language_table() -> dict:
    """chatkit.rules.languages' data for browserLanguage() (templates/browser-language.js)."""
    return {"codes": list(LANGUAGES), "aliases": LANGUAGE_ALIASES, "chinese": CHINESE_BY_SUBTAG}


def fallback_settings(config: Config) -> dict | None:
    """The fallback shown in the button container while the chat has not appeared."""
    if config.fallback is None:
        return None
    fallback = config.fallback
    return {"afterMs": int(fallback.get("after_seconds", DEFAULT_FALLBACK_SECONDS) * 1000),
            "text": fallback["text"], "link": fallback.get("link")}


def check_nonce(nonce: str | None) -> None:
    """A CSP nonce goes into attributes and a CSP header: base64 text, nothing else."""
    if nonce is None:
        return
    if not nonce:
        raise ValidationError([Problem("--nonce", nonce, "is empty (an unset variable, such as "
                                       "$CSP_NONCE?): give the nonce of your page's "
                                       "Content-Security-Policy")])
    if not set(nonce) <= _NONCE_CHARS:
        raise ValidationError([Problem("--nonce", nonce, "a nonce is base64 text "
                                       "(letters, digits, + / = _ -)")])


def render_snippet(config: Config, nonce: str | None = None,
                   python_assets: dict | None = None) -> str:
    """The snippet's HTML for a checked Config.

    `python_assets` (from `chatkit build`'s manifest) adds the non-blocking
    loader of the Brython runtime, the chatkit bundle and the hooks.
    """
    check_nonce(nonce)
    return environment().get_template("snippet.html.j2").render(
        container_id=config.chat["button_container_id"],
        settings=chat_settings(config),
        init=init_settings(config),
        messages_by_language=messages_by_language(config),
        language_table=language_table(),
        fallback=fallback_settings(config),
        python=python_assets,
        nonce=nonce,
        topics=topics,
        chat_js_path=CHAT_JS_PATH,
        other_languages=OTHER_LANGUAGES,
    )
