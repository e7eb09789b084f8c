"""The chat languages (reference: "Chat Language") and chatkit's BCP 47 normalisation.

The chat itself accepts exactly the 22 codes below.  chatkit also accepts any
case and a BCP 47 tag whose language the chat supports, and publishes the code.
Pure Python: shared by the CLI and the browser.
"""

__all__ = ["CHINESE_BY_SUBTAG", "INVALID_LANGUAGE", "LANGUAGES", "LANGUAGE_ALIASES",
           "browser_language", "invalid_language_message", "normalize_language"]

# code -> English name, in the reference's order.
LANGUAGES = {
    "en": "English",
    "ru": "Russian",
    "de": "German",
    "ja": "Japanese",
    "es": "Spanish",
    "fr": "French",
    "pt": "Portuguese",
    "it": "Italian",
    "pl": "Polish",
    "hr": "Croatian",
    "hi": "Hindi",
    "nl": "Dutch",
    "ar": "Arabic",
    "da": "Danish",
    "ko": "Korean",
    "no": "Norwegian",
    "sv": "Swedish",
    "vi": "Vietnamese",
    "cy": "Welsh",
    "th": "Thai",
    "zh-CN": "Simplified Chinese",
    "zh-TW": "Traditional Chinese",
}

# Primary subtags that mean a supported language under another name.
LANGUAGE_ALIASES = {"nb": "no", "nn": "no"}

# Chinese is chosen by script first, then by region.
CHINESE_BY_SUBTAG = {
    "hans": "zh-CN",
    "hant": "zh-TW",
    "cn": "zh-CN",
    "sg": "zh-CN",
    "tw": "zh-TW",
    "hk": "zh-TW",
    "mo": "zh-TW",
}

INVALID_LANGUAGE = "Chat language %s is not valid and will be discarded"

_CODES_BY_LOWER = {code.lower(): code for code in LANGUAGES}


def normalize_language(tag):
    """The chat's code for a language tag, or None when the chat has no such language.

    >>> normalize_language("pt-BR"), normalize_language("ZH-hant"), normalize_language("xx")
    ('pt', 'zh-TW', None)
    """
    if not isinstance(tag, str) or not tag:
        return None
    lowered = tag.replace("_", "-").lower()
    if lowered in _CODES_BY_LOWER:
        return _CODES_BY_LOWER[lowered]
    subtags = lowered.split("-")
    if not all(_is_subtag(s) for s in subtags[1:]):
        return None
    primary = LANGUAGE_ALIASES.get(subtags[0], subtags[0])
    if primary == "zh":
        return _chinese(subtags[1:])
    return primary if primary in LANGUAGES else None


def _chinese(subtags):
    for subtag in subtags:
        if subtag in CHINESE_BY_SUBTAG:
            return CHINESE_BY_SUBTAG[subtag]
    return None


_SUBTAG_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _is_subtag(text):
    return 1 <= len(text) <= 8 and all(c in _SUBTAG_CHARS for c in text)


def browser_language(tags):
    """The chat language for a visitor's browser: the first of `tags` (`navigator.languages`)
    that names a chat language by `normalize_language`'s rules, or None.

    The snippet runs the same rule in JavaScript (templates/browser-language.js) to
    pick the system messages before chat.js loads.

    >>> browser_language(["tlh", "fr-CA", "de"])
    'fr'
    """
    for tag in tags:
        code = normalize_language(tag)
        if code is not None:
            return code
    return None


def invalid_language_message(tag):
    """The chat's own console warning for a language it does not know."""
    return INVALID_LANGUAGE % (tag,)
