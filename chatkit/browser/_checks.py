"""The run-time checks every chat version shares: what a `chat.*` call may send, and the problems.

Each check returns `(payload, problems)`; the controller sends the payload and
warns about (or, when strict, raises on) the problems.  The rules are the shared
core's (`chatkit.rules.customer`, `.languages`), so `chatkit check` and the page
agree (the language rules imported by the first `check_language`).  A version's own
checks (its variables, v2's quick replies and sound toggle) are in its adapter, `_v1`
or `_v2`, which only that version's page ships.  Pure Python.
"""

from chatkit.errors import Problem
from chatkit.rules.customer import check_info

NOT_A_DICT = "%s takes a dict, not %s"


def check_dict(value, call):
    """A problem when a call that takes a dict got something else."""
    if isinstance(value, dict):
        return []
    return [Problem(call, value, NOT_A_DICT % (call, type(value).__name__))]


def check_customer_info(info):
    """(report, problems) of a set-info call: `chatkit.rules.customer.check_info`'s rules."""
    report = check_info(info)
    return report, report_and_problems(report)[1]


def check_language(tag):
    """(code, problems): the chat's code for a BCP 47 tag, or a problem naming the tag.

    The language rules are imported here, at the first call: a page whose hooks never set
    the language never runs them (and `chatkit build` leaves them out of its bundle)."""
    from chatkit.rules.languages import invalid_language_message, normalize_language

    code = normalize_language(tag)
    if code is None:
        return None, [Problem("language", tag, invalid_language_message(tag))]
    return code, []


def report_and_problems(report):
    """(what a report of the shared core accepted, a Problem for each key it discarded)."""
    problems = [Problem(key_text(d.key), d.value, d.message) for d in report.discarded]
    return report.accepted, problems


def key_text(key):
    return key if isinstance(key, str) else repr(key)
