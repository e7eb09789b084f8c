"""The part of pytest that chatkit's core tests use, for MicroPython: shipped to the page as
the module `pytest` by test_micropython_core.py (never imported under CPython).

`fixture` and `mark.parametrize` only record what they decorate, by the function's name;
the runner (CORE_RUNNER there) calls each test with its fixtures and parameters, as the
plan that CPython's own pytest made of the same module says.
"""

import re

FIXTURES = {}  # fixture name -> function
PARAMS = {}  # test function name -> [(argnames, argvalues)], in the order they were applied


def fixture(function=None, **options):
    if function is None:
        return lambda decorated: fixture(decorated)
    FIXTURES[function.__name__] = function
    return function


class ParameterSet:
    def __init__(self, values, id=None, marks=()):
        self.values, self.id, self.marks = values, id, marks


def param(*values, id=None, marks=()):
    return ParameterSet(values, id, marks)


class _Mark:
    def parametrize(self, argnames, argvalues, ids=None, **options):
        def decorator(function):
            PARAMS.setdefault(function.__name__, []).append((argnames, list(argvalues)))
            return function

        return decorator


mark = _Mark()


class ExceptionInfo:
    value = None


class raises:
    def __init__(self, expected, match=None):
        self.expected, self.match, self.info = expected, match, ExceptionInfo()

    def __enter__(self):
        return self.info

    def __exit__(self, kind, value, traceback):
        if kind is None:
            raise AssertionError("DID NOT RAISE %s" % self.expected.__name__)
        if not issubclass(kind, self.expected):
            return False
        if self.match is not None and re.search(self.match, str(value)) is None:
            raise AssertionError("%r does not match %r" % (self.match, str(value)))
        self.info.value = value
        return True
