"""The runtime a build ships: Brython without its compiler, and without what nothing of the page
uses (issue 21: "a runtime cut to what the bundle and the hooks use").

Some of Brython's builtin types and statements have a source file of their own in
brython.js that nothing else needs as the runtime loads: bytes and bytearray (the
biggest, 14 KB gzip), file objects (`open`), memoryview, complex numbers, pattern
matching (`match`).  `chatkit build` reads the JavaScript the page
runs, the bundle's and the hooks' (compiled ahead of time, so every builtin they
name and every attribute they read is written out: `_b_.bytes`, `'encode'`), and
leaves out each of those files that none of it reaches.  In a file's place, a few
lines make what it defined raise "chatkit build left ... out of the page", so a use
the build could not see (an attribute named at run time) says what happened.  Code
that can reach any builtin by a name made at run time (`getattr`, `__import__`,
`builtins`) keeps everything.

    >>> sorted(needed(["_b_.print(locals.x.encode())"]))    # 'encode' is bytes' territory
    ['bytes']
"""

import re

from chatkit.build.runtime import SEPARATOR


class Feature:
    """One optional file of the runtime: `marker` (a definition only it holds), `uses` (what
    compiled code that needs it says), `requires` (features it uses), and `stand_ins`
    (what its stand-in defines: `name` or `name=value`, else a function that raises)."""

    def __init__(self, name, what, marker, uses, stand_ins=(), requires=()):
        self.name, self.what, self.marker = name, what, marker
        self.uses = re.compile("|".join(uses))
        self.stand_ins, self.requires = stand_ins, requires


FEATURES = (
    Feature("bytes", "bytes and bytearray", "$B.to_bytes=function(obj)",
            (r"_b_\.(?:bytes|bytearray)\b", r"'(?:encode|decode|hex|fromhex|to_bytes|from_bytes"
             r"|maketrans)'"),
            ("_b_.bytes.tp_new", "_b_.bytes.$factory", "_b_.bytearray.tp_new",
             "_b_.bytearray.$factory", "$B.fast_bytes", "$B.to_bytes", "$B.encode", "$B.decode",
             "$B.bytes_decode", "$B.is_bytes_like=function(){return false}")),
    Feature("io", "file objects (open)", "function make_lines(self){",
            (r"_b_\.open\b",), ("_b_.open", "$B.is_buffer=function(){return false}")),
    Feature("memoryview", "memoryview", "$B.memory_iterator.tp_iter=",
            (r"_b_\.memoryview\b",), ("_b_.memoryview.tp_new", "_b_.memoryview.$factory"),
            requires=("bytes", "io")),
    Feature("complex", "complex numbers", "function conv_complex(",
            (r"_b_\.(?:complex|pow)\b", r"\$B\.make_complex\b", r"'(?:real|imag|conjugate)'",
             r"__pow__|__rpow__|__ipow__"),
            ("_b_.complex.tp_new", "$B.make_complex")),
    Feature("pattern", "pattern matching (match statements)", "$B.pattern_match=function(",
            (r"\$B\.pattern_match\b",), ("$B.pattern_match",)),
)
# Code that may reach any builtin or attribute by a name made at run time.
DYNAMIC = re.compile(r"_b_\.(?:getattr|__import__|eval|exec|compile|globals|vars|dir)\b"
                     r"|'__builtins__'|'__dict__'|\"builtins\"|'builtins'")
STAND_IN = ('"use strict";\n(function($B){var _b_=$B.builtins\n'
            'function unavailable(){$B.RAISE(_b_.NotImplementedError,"chatkit build left %s out '
            'of the page: nothing it compiled uses it")}\n%s\n})(__BRYTHON__)')


def needed(scripts):
    """The names of the FEATURES that the compiled JavaScript `scripts` may reach (all of
    them for code that names builtins at run time), with what they require."""
    if any(DYNAMIC.search(script) for script in scripts):
        return {feature.name for feature in FEATURES}
    found = {feature.name for feature in FEATURES
             if any(feature.uses.search(script) for script in scripts)}
    for feature in FEATURES:
        if feature.name in found:
            found.update(feature.requires)
    return found


def without(runtime, keep):
    """The runtime (bytes of the compiler-less cut) without the FEATURES not in `keep`, each
    file of theirs replaced by its stand-in."""
    files = runtime.decode("utf-8").split(SEPARATOR)
    for feature in FEATURES:
        if feature.name in keep:
            continue
        found = [i for i, text in enumerate(files) if feature.marker in text]
        if len(found) != 1:
            raise ValueError("the runtime has not one file holding %r" % feature.marker)
        files[found[0]] = stand_in(feature)
    return SEPARATOR.join(files).encode("utf-8")


def stand_in(feature):
    lines = []
    for target in feature.stand_ins:
        name, _, value = target.partition("=")
        lines.append("%s=%s" % (name, value or "unavailable"))
    return STAND_IN % (feature.what, "\n".join(lines))
