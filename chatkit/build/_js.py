"""JavaScript text for the build: Brython's generated code minified, strings as literals.

Not a JavaScript tool in general: `minify` knows only what Brython's compiler writes
and refuses anything else rather than guess.
"""

import json
import re

# Brython's JavaScript, token by token: strings (no line breaks but in template
# literals), `//` comments, words, other punctuation.  Anything else (a `/` that
# could start a regular expression, a block comment) stops the minifier.
_TOKEN = re.compile(r"""
    (?P<space>[ \t]+)
  | (?P<newline>\n)
  | (?P<comment>//[^\n]*)
  | (?P<string>'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`)
  | (?P<word>[A-Za-z0-9_$]+(?:\.[0-9]+)?)
  | (?P<punct>[-+]|[^\sA-Za-z0-9_$'"`/+-]+)
""", re.VERBOSE | re.DOTALL)
_WORD = re.compile(r"[A-Za-z0-9_$]")
# In a string's source: `<` that opens `<!--`, `<script` or `</script`, and `>` that closes
# `-->` (an escape sequence first, so `\\<` is read as one), each written as its `\\x`
# escape: the same character in a string or a template literal, and no HTML-like comment
# (ECMAScript Annex B) nor script state of an HTML parser, wherever the code ends up.
_COMMENT_IN_STRING = re.compile(r"\\<(?=!--|/?script)|\\.|<(?=!--|/?script)|(?<=--)>",
                                re.DOTALL | re.IGNORECASE)
_ESCAPES = {"<": "\\x3C", ">": "\\x3E", "\\<": "\\x3C"}


def minify(js):
    """`js` without indentation, comments, blank lines and spaces between punctuation.

    Line breaks stay (Brython's code relies on automatic semicolons), so does every
    space between two words or two of `+`/`-`.  Raises ValueError on code outside
    what Brython generates, rather than guess.
    >>> minify("if (a) {\\n    x = y + +z  // why\\n}\\n")
    'if(a){\\nx=y+ +z\\n}'
    """
    out: list[str] = []
    position, space = 0, False
    for match in _TOKEN.finditer(js):
        if match.start() != position:
            raise ValueError("cannot minify %r" % js[position:position + 40])
        position = match.end()
        kind, text = match.lastgroup, match.group()
        if kind in ("space", "comment"):
            space = True
        elif kind == "newline":
            if out and out[-1] != "\n":
                out.append("\n")
            space = False
        else:
            if kind == "string":
                if text.startswith("`") and "${" in text:
                    raise ValueError("cannot minify a template literal with a placeholder: %r"
                                     % text[:40])
                text = _COMMENT_IN_STRING.sub(_escaped, text)
            if space and out and out[-1] != "\n" and _needs_space(out[-1][-1], text[0]):
                out.append(" ")
            out.append(text)
            space = False
    if position != len(js):
        raise ValueError("cannot minify %r" % js[position:position + 40])
    # What is left was joined from punctuation (`a < !--b`, `a-- > b`, its `--` one token
    # since any space between the minus signs stays): a space splits the marker and no token.
    return "".join(out).strip("\n").replace("<!--", "< !--").replace("-->", "-- >")


def _escaped(match):
    return _ESCAPES.get(match.group(), match.group())


def _needs_space(before, after):
    return bool(_WORD.match(before) and _WORD.match(after)) or (before in "+-" and after in "+-")


def json_text(value):
    """`value` as compact JSON in ASCII, keys sorted, `<` and `>` escaped (the hooks' source
    may hold `<!--`, `-->` or `</script>`, which then appear nowhere in a script)."""
    text = json.dumps(value, ensure_ascii=True, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e")


def package_script(package, compiled=()):
    """A script that hands Brython a package and the JavaScript of its compiled modules.

    `package` is {module: [".py", source, imports(, 1 for a package)]} (its
    `$timestamp` first); `compiled` is [(module, JavaScript)].  Brython runs a module
    found in `__BRYTHON__.precompiled` (a string it compiles with `new Function`)
    instead of compiling its Python; there each module gets one line that calls its
    code, written here as a function of the script itself, which V8 parses and
    compiles while the script downloads, off the page's main thread (and keeps in its
    code cache), rather than on it as Brython imports the module.  ASCII.
    """
    script = ("(function (B) {\n"
              "    // Guarded: when brython.js failed to load, this file must not throw.\n"
              "    if (!B) { return; }\n"
              "    %s%s);\n"
              "})(window.__BRYTHON__);\n" % (PACKAGE_CALL, package_json(package)))
    if not compiled:
        return script
    # The wrapper's names are odd ones: Brython's code sees them.
    functions = "".join("__chatkitModules[%s] = (function () {\n%s\nreturn %s\n});\n"
                        % (json_text(name), ascii_code(js), locals_name(name))
                        for name, js in compiled)
    return script + (
        "window.__BRYTHON__ && (function (__chatkitB, __chatkitModules) {\n%s"
        "    for (var __chatkitName in __chatkitModules) {\n"
        "        __chatkitB.precompiled[__chatkitName] = \"var locals_\" + "
        "__chatkitB.scope_name(__chatkitName)\n"
        "            + \"=(0,__BRYTHON__.chatkitModules[\" + JSON.stringify(__chatkitName) "
        "+ \"])()\\n\";\n"
        "    }\n"
        "})(window.__BRYTHON__, window.__BRYTHON__.chatkitModules || "
        "(window.__BRYTHON__.chatkitModules = {}));\n" % functions)


def locals_name(module):
    """The variable Brython's code for `module` keeps its namespace in (`$B.scope_name`)."""
    return "locals_" + re.sub(r"[^A-Za-z0-9_$]", "_", module)


def ascii_code(js):
    """JavaScript code in ASCII: each other character as a `\\u{...}` escape, which means
    the same character in a string, a template literal or a name."""
    return "".join(c if ord(c) < 128 else "\\u{%x}" % ord(c) for c in js)


PACKAGE_CALL = "B.loadBrythonPackage("


def package_json(package):
    """The package as JSON with `$timestamp` first, as Brython's own tools write it."""
    rest = {name: entry for name, entry in package.items() if name != "$timestamp"}
    return '{"$timestamp":%d,%s' % (package["$timestamp"], json_text(rest)[1:])
