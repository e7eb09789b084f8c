"""The chat's rules as the page runs them: exactly the modules the page bundles ship.

    customer    customer:set-info / setCustomerInfo (SPEC 5.1): the customer-info rule
    languages   the 22 chat languages, BCP 47 tags, the browser's language (5.2)
    topics      the v1 bus topics
    variables   v2's setVariables (5.7)
    chatapp     v2's quick replies and notification sound (5.7)

Both runtimes import them: CPython (`chatkit check`, the emulator's generated data)
and Brython in the page (chatkit.browser), so they import nothing Brython cannot
load without its standard library (no `re`, `json`, `typing`, `dataclasses`): plain
classes, plain functions.  `tests/test_core_portability.py` checks that this folder
is exactly what chatkit.build.bundle ships.  The rules only CPython applies (the
system messages, the theme, URLs) are chatkit.config's.
"""

__all__ = []  # a folder of modules: import each by its name
