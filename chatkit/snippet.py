"""The HTML snippet (SPEC 4): the Configuration Manager's shape, plus chatkit's glue.

Version-blind: the config's `[chat] api` picks the adapter (chatkit.versions),
which names the template and fills in what is particular to its chat; this
module adds what every snippet shares (the button container, the fallback, the
nonce, the `[python]` loader).  Values reach JavaScript only through
`script_json`, JSON made safe inside a `<script>` element; the templates never
join strings into code.
"""

import jinja2
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from chatkit._resources import resource_dir
from chatkit.config import Config
from chatkit.config.loading import BUTTON_CLASS
from chatkit.errors import Problem, ValidationError
from chatkit.rules.languages import CHINESE_BY_SUBTAG, LANGUAGE_ALIASES, LANGUAGES
from chatkit.versions import adapter

__all__ = ["availability_settings", "chat_settings", "check_nonce", "environment",
           "fallback_settings", "language_table", "render_snippet", "script_json"]

_NONCE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=_-")


def script_json(value: object) -> Markup:
    r"""JSON that is a safe JavaScript expression anywhere inside a `<script>` element.

    Jinja's `htmlsafe_json_dumps` escapes `<`, `>`, `&` and `'` (so no `</script>` or
    `<!--`); ASCII-only JSON writes U+2028 and U+2029 as escapes, which old engines
    would read as line ends; NaN and Infinity, which JSON lacks, are refused.

    >>> str(script_json({"text": "</script>\u2028"}))
    '{"text":"\\u003c/script\\u003e\\u2028"}'
    """
    return htmlsafe_json_dumps(value, ensure_ascii=True, separators=(",", ":"),
                               allow_nan=False)


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
    """The chat's settings object as the snippet sets it: `window.__8x8Chat` (v1), or the
    config object the v2 snippet hands chatv3.js's `init` (v2)."""
    return adapter(config.api).settings(config)


def language_table() -> dict:
    """chatkit.rules.languages' data for browserLanguage() (templates/browser-language.js)."""
    return {"codes": list(LANGUAGES), "aliases": LANGUAGE_ALIASES, "chinese": CHINESE_BY_SUBTAG}


def fallback_settings(config: Config) -> dict | None:
    """The fallback shown in the button container while the chat has not appeared."""
    if config.fallback is None:
        return None
    fallback = config.fallback
    return {"afterMs": int(fallback.after_seconds * 1000), "text": fallback.text,
            "link": fallback.link}


def availability_settings(config: Config) -> dict | None:
    """With `[server]`, what the snippet's availability script reads (chatkit.server.page)."""
    if config.server is None:
        return None
    from chatkit.server.page import page_settings

    return page_settings(config.server)


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
    """The snippet's HTML for a checked Config, in the shape of its chat version.

    `python_assets` (from `chatkit build`'s manifest) adds the non-blocking
    loader of the Brython runtime, the chatkit bundle and the hooks.
    """
    check_nonce(nonce)
    version = adapter(config.api)
    return environment().get_template(version.TEMPLATE).render(
        container_id=config.chat.button_container_id,
        fallback=fallback_settings(config),
        python=python_assets,
        nonce=nonce,
        load=config.chat.load,
        button_text=config.chat.button_text,
        button_class=BUTTON_CLASS,
        language_table=language_table(),
        availability=availability_settings(config),
        **version.snippet_context(config),
    )
