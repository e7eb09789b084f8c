"""The `[variables]` table: v2's documented rules, v1's free-form values.

v2 (`chatApp.setVariables`): what the chat would discard with one of its three
warnings (chatkit.rules.variables) is an error here, naming the key and the rule
it breaks; `$language` also sets the chat language, so it must be one (sent as
the chat's code, as `chat.language` is).  v1 (`chat:set-variables`): free-form,
undocumented; any value JSON carries exactly.
"""

from chatkit.config._common import key_text, key_warnings, number_message, value_note
from chatkit.errors import Problem
from chatkit.rules.customer import is_primitive, js_length
from chatkit.rules.languages import LANGUAGES, normalize_language
from chatkit.rules.values import must_be
from chatkit.rules.variables import (
    CRM_PREFIX,
    CRM_VARIABLES,
    CUSTOM_PREFIX,
    LANGUAGE_VARIABLE,
    VARIABLE_LIMIT,
    discard_reason,
)
from chatkit.versions import v2

PRIMITIVE = "text, a number or true/false"
DISCARDED = "; the v2 chat would discard it"


def variables_table(table, api, language=None):
    """(the variables for the snippet, problems); `language` is `[chat] language`'s code."""
    if api == v2.API:
        return _v2_variables(table, language)
    problems = []
    for key, value in table.items():
        message = number_message(value) if is_primitive(value) else must_be(PRIMITIVE, value)
        if message:
            problems.append(Problem("variables." + key_text(key), value, message))
    return dict(table), problems + key_warnings(table, "variables.")


def _v2_variables(table, language):
    variables, problems = {}, []
    for key, value in table.items():
        dotted = "variables." + key_text(key)
        discarded = discard_reason(key, value)
        if discarded is not None:
            problems.append(Problem(dotted, value, _rule(discarded.reason, key, value)))
        elif key == LANGUAGE_VARIABLE:
            code, problem = _language(dotted, value, language)
            problems += problem
            if code is not None:
                variables[key] = code
        else:
            variables[key] = value
    return variables, problems


def _rule(reason, key, value):
    """The v2 rule a variable breaks, in a config's words."""
    if reason == "system-unsupported":
        return ('"%s" is not one of the v2 chat\'s CRM variables (%s; custom variables start '
                'with %s)%s' % (key, ", ".join(CRM_VARIABLES), CUSTOM_PREFIX, DISCARDED))
    if reason == "key-pattern":
        return _key_rule(key)
    if not isinstance(value, str):
        return must_be("text", value) + value_note(value) + DISCARDED
    return ("value too long: at most %d characters, counted as JavaScript counts them%s"
            % (VARIABLE_LIMIT, DISCARDED))


def _key_rule(key):
    if not key.startswith((CUSTOM_PREFIX, CRM_PREFIX)):
        return ('"%s" must start with %s (a custom variable) or %s (a CRM variable)%s'
                % (key, CUSTOM_PREFIX, CRM_PREFIX, DISCARDED))
    if js_length(key) > VARIABLE_LIMIT:
        return ("key too long: at most %d characters, counted as JavaScript counts them%s"
                % (VARIABLE_LIMIT, DISCARDED))
    return ('"%s" must be %s followed by letters, digits, _ or - (the documented pattern)%s'
            % (key, CUSTOM_PREFIX, DISCARDED))


def _language(dotted, value, language):
    """$language changes the chat language: ([the chat's code or None], problems)."""
    code = normalize_language(value)
    if code is None:
        return None, [Problem(dotted, value, "unknown language %r: $language sets the chat "
                              "language (one of: %s)" % (value, ", ".join(LANGUAGES)))]
    if language is not None and language != code:
        return code, [Problem(dotted, value, "sets the chat language to %s after chat.language "
                              "(%s): the snippet applies the language, then the variables"
                              % (code, language), "warning")]
    return code, []
