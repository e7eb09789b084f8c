"""Which chat a config is for (`[chat] api`), and the keys and tables only the other one has.

The keys particular to a version are its adapter's `ONLY_KEYS` (chatkit.versions):
in a config of the other version each is one error naming the version that has
it, and its value is not checked further.  When `api` itself is wrong, no key
is held against either version.
"""

from chatkit.config._common import unknown_keys
from chatkit.errors import Problem
from chatkit.rules.values import kind_of
from chatkit.versions import ADAPTERS, DEFAULT_API, only_in

_ALLOWED = " or ".join('"%s" (%s)' % (api, version.KNOWN_BY) for api, version in ADAPTERS.items())


def config_api(chat):
    """(the config's chat version, or None when `api` is wrong; problems) of a [chat] table."""
    value = DEFAULT_API if chat is None else chat.get("api", DEFAULT_API)
    if isinstance(value, str) and value in ADAPTERS:
        return value, []
    shown = '"%s"' % value if isinstance(value, str) else kind_of(value)
    return None, [Problem("chat.api", value, "must be %s, not %s" % (_ALLOWED, shown))]


def belongs(dotted, api):
    """True when a key (`chat.path`) or a table (`messages`) may be in a config for `api`."""
    version = only_in().get(dotted)
    return api is None or version is None or version.API == api


def key_problems(table, keys, prefix, api):
    """Unknown keys ("did you mean" among the version's keys) and keys of the other version.

    `keys` are every key the table may hold in either version; `prefix` is the table's
    dotted name and a dot ("chat."), or "" for the file's tables.
    """
    mine = [key for key in keys if belongs(prefix + key, api)]
    problems = []
    for key, value in table.items():
        if key in mine:
            continue
        if key in keys:
            problems.append(other_version_problem(prefix + key, value))
        else:
            problems += unknown_keys({key: value}, mine, prefix)
    return problems


def other_version_problem(dotted, value):
    """`only the v1 chat (api = "v1") has a stylesheet URL; the v2 chat is themed with [theme]`."""
    version = only_in()[dotted]
    what, instead = version.ONLY_KEYS[dotted]
    return Problem(dotted, value, 'only the %s chat (api = "%s") has %s; %s'
                   % (version.API, version.API, what, instead))
