"""The emulator's scenario options, checked before a test page opens (SPEC 7).

The options and their defaults are the emulator's own (`DEFAULT_SCENARIO` in
static/emulator/core/state.js, read from the shipped chat.js): a name it does not
have, or a value of another type than its default, is a KitError naming the option
(with "did you mean"), where the emulator would only log it in the page's console.

    >>> check_scenario({"onlin": False})
    Traceback (most recent call last):
    KitError: scenario option 'onlin' does not exist (did you mean 'online'? ...)
"""

import functools
import json
import re
from collections.abc import Mapping

from chatkit._wording import closest
from chatkit.emulator.serving import emulator_files
from chatkit.testing._server import KitError
from chatkit.versions import v1

__all__ = ["check_scenario", "scenario_defaults"]

_BLOCK = re.compile(r"const DEFAULT_SCENARIO = \{(.*?)\n\s*\};", re.S)
_OPTION = re.compile(r"\s*([A-Za-z]+): (.+?),\s*(?://.*)?")
_KINDS = {bool: "true or false", int: "a number", float: "a number", str: "a text",
          dict: "an object (a dict)"}


@functools.cache
def scenario_defaults() -> dict:
    """{option: default} as the emulator has them."""
    found = _BLOCK.search(emulator_files()[v1.LOADER_PATH].read_text(encoding="utf-8"))
    if found is None:
        raise RuntimeError("the emulator's DEFAULT_SCENARIO is not where chatkit reads it")
    defaults = {}
    for line in found.group(1).splitlines():
        if not line.strip() or line.strip().startswith("//"):
            continue
        option = _OPTION.fullmatch(line)
        if option is None:
            raise RuntimeError("chatkit cannot read the emulator's scenario option %r" % line)
        defaults[option.group(1)] = json.loads(option.group(2))
    return defaults


def check_scenario(scenario) -> None:
    """Raise KitError for an option the emulator does not have or a value of another type."""
    if scenario is None:
        return
    if not isinstance(scenario, Mapping):
        raise KitError("scenario must be a dict of options (%s), not %r"
                       % (", ".join(scenario_defaults()), scenario))
    defaults = scenario_defaults()
    for name, value in scenario.items():
        if name not in defaults:
            hint = closest(str(name), defaults)
            raise KitError("scenario option %r does not exist (%soptions: %s)" % (
                name, "did you mean %r? " % hint if hint else "", ", ".join(defaults)))
        wanted = type(defaults[name])
        if not _of_kind(value, wanted):
            raise KitError("scenario option %r must be %s, like its default %s, not %r"
                           % (name, _KINDS[wanted], json.dumps(defaults[name]), value))


def _of_kind(value, wanted):
    if wanted in (int, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    return isinstance(value, wanted)
