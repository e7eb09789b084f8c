"""The run-time checks of `chat.set_*` calls: what may be sent, and the problems.

Each check returns `(payload, problems)`; the controller sends the payload and
warns about (or, when strict, raises on) the problems.  The rules are the shared
core's (`chatkit.rules.customer`, `.languages`, `.variables`, and `.chatapp` for v2's quick
replies and sound toggle), so `chatkit check` and the page agree.  Pure Python.
"""

from chatkit.browser.versions import V2
from chatkit.errors import Problem
from chatkit.rules import variables as v2_variables
from chatkit.rules.customer import UNSET, check_info, is_primitive
from chatkit.rules.languages import invalid_language_message, normalize_language

SAFE_INTEGER = 2**53
_INFINITY = float("inf")

NOT_A_DICT = "%s takes a dict, not %s"
VARIABLE_KEY_NOT_TEXT = "Chat variable key %r is not a string and will be discarded"
VARIABLE_NOT_PRIMITIVE = "Chat variable %s is not of a primitive type and will be discarded"
VARIABLE_NOT_EXACT = ("Chat variable %s value %r is not a finite number JavaScript holds "
                      "exactly and will be discarded")


def check_dict(value, call):
    """A problem when a call that takes a dict got something else."""
    if isinstance(value, dict):
        return []
    return [Problem(call, value, NOT_A_DICT % (call, type(value).__name__))]


def check_customer_info(info):
    """(report, problems) of a set-info call: `chatkit.rules.customer.check_info`'s rules."""
    report = check_info(info)
    return report, _report_and_problems(report)[1]


def check_language(tag):
    """(code, problems): the chat's code for a BCP 47 tag, or a problem naming the tag."""
    code = normalize_language(tag)
    if code is None:
        return None, [Problem("language", tag, invalid_language_message(tag))]
    return code, []


def check_variables(variables, api):
    """(variables to send, problems) by the rules of the `api` chat."""
    if api == V2:
        return _report_and_problems(v2_variables.check_variables(variables))
    return check_free_variables(variables)


def _report_and_problems(report):
    problems = [Problem(key_text(d.key), d.value, d.message) for d in report.discarded]
    return report.accepted, problems


def check_free_variables(variables):
    """(variables to publish, problems) on v1: primitive values JavaScript holds exactly, or
    None (the v1 chat's variables are free-form and undocumented)."""
    payload, problems = {}, []
    for key, value in variables.items():
        if value is UNSET:
            continue
        message = _variable_problem(key, value)
        if message is None:
            payload[key] = value
        else:
            problems.append(Problem(key_text(key), value, message))
    return payload, problems


def _variable_problem(key, value):
    if not isinstance(key, str):
        return VARIABLE_KEY_NOT_TEXT % (key,)
    if value is None or isinstance(value, (str, bool)):
        return None
    if not is_primitive(value):
        return VARIABLE_NOT_PRIMITIVE % key
    if isinstance(value, float) and (value != value or value in (_INFINITY, -_INFINITY)):
        return VARIABLE_NOT_EXACT % (key, value)
    if isinstance(value, int) and abs(value) > SAFE_INTEGER:
        return VARIABLE_NOT_EXACT % (key, value)
    return None


def key_text(key):
    return key if isinstance(key, str) else repr(key)
