"""Chat variables of the v2 chat, `chatApp.setVariables` (SPEC 5.7).

Reference: 8x8-webchat-v2/set-chat-variables.md.  Keys and values are at most
255 characters; custom keys start with `_`, CRM keys with `$` and must be one of
the six the reference lists; a key must match "any alphanumeric characters plus
underscore _, any digit 1-9, a hyphen -"; values are strings.  Each discarded
entry gets one of the reference's three console warnings, word for word; the
reference writes the key as `[variableKey]` (once `[variableKey ]`), the way the
v1 reference writes `<info>`: a placeholder for the key.  `$language` also sets
the chat language.  The v1 chat's variables are free-form and undocumented:
these rules are v2's only.  Pure Python: shared by the CLI, the browser and the
emulator (generated).
"""

from chatkit.rules.customer import Discarded, js_length, report_of

__all__ = ["CRM_PREFIX", "CRM_VARIABLES", "CUSTOM_PREFIX", "KEY_CHARS", "KEY_NOT_MATCHING",
           "LANGUAGE_VARIABLE", "SYSTEM_NOT_SUPPORTED", "VALUE_NOT_TEXT", "VARIABLE_LIMIT",
           "check_variables", "discard_reason", "is_custom_key"]

VARIABLE_LIMIT = 255
CUSTOM_PREFIX = "_"
CRM_PREFIX = "$"
# "CRM variables: '$language', '$caseNumber', '$accountNumber', '$emailAddress',
# '$emailSubject', '$emailBody'"
CRM_VARIABLES = ("$language", "$caseNumber", "$accountNumber", "$emailAddress",
                 "$emailSubject", "$emailBody")
LANGUAGE_VARIABLE = "$language"
# "any alphanumeric characters plus underscore _, any digit 1-9, a hyphen -"
KEY_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")

# The reference's three troubleshooting messages, %s standing for [variableKey].
KEY_NOT_MATCHING = ("Customer variable: provided variable %s does not match the expected "
                    "pattern or its chars exceeded the max length of 255. It will be discarded")
SYSTEM_NOT_SUPPORTED = ("Customer variable: provided system variable %s it's not supported. "
                        "It will be discarded")
VALUE_NOT_TEXT = ("Customer variable: provided variable %s is not a string or its chars "
                  "exceeded the max length of 255. It will be discarded")


def check_variables(variables):
    """Apply the v2 rules to every entry of `variables`; an `InfoReport` of what is kept.

    >>> check_variables({"_VIP": "YES", "$shoeSize": "9", "_n": 2}).accepted
    {'_VIP': 'YES'}
    """
    return report_of(variables, discard_reason)


def discard_reason(key, value):
    """The `Discarded` entry for a variable the chat would not keep, else None."""
    if not isinstance(key, str):
        return Discarded(key, value, "key-pattern", KEY_NOT_MATCHING % (key,), True)
    if key.startswith(CRM_PREFIX):
        if key not in CRM_VARIABLES:
            return Discarded(key, value, "system-unsupported", SYSTEM_NOT_SUPPORTED % key, True)
    elif not is_custom_key(key):
        return Discarded(key, value, "key-pattern", KEY_NOT_MATCHING % key, True)
    if not isinstance(value, str) or js_length(value) > VARIABLE_LIMIT:
        return Discarded(key, value, "value-not-text", VALUE_NOT_TEXT % key, True)
    return None


def is_custom_key(key):
    """`_` then the documented characters, at most 255 of them in all."""
    return (key.startswith(CUSTOM_PREFIX) and len(key) > 1
            and js_length(key) <= VARIABLE_LIMIT and all(c in KEY_CHARS for c in key[1:]))
