"""Brython's runtime without its compiler: `static/brython-runtime.js`, cut from brython.js.

When everything a page imports was compiled ahead of time (`chatkit.build.engine`),
the page never runs Brython's compiler: its tokenizer, parser, symbol table and
code generator are 46% of brython.js, which the visitor downloads, parses and
evaluates for nothing.  This module cuts them out of the pinned brython.js:

- brython.js is Brython's source files joined, separated by lines that are just
  `;`; its compiler chain sits between `// >>> brython compiler chain` and
  `// <<< brython compiler chain`, and four more files of the compiler (the
  tokenizer, the AST classes, the AST and the code generator) come before it;
- compiled code still calls a few helpers defined in those files (name
  resolution, source positions for tracebacks, Unicode identifier tests): their
  statements are kept, where they were (`KEPT`);
- in the compiler's place, `templates/brython-without-compiler.js` makes
  `exec`, `eval`, `compile` and importing a module shipped as Python source
  raise "compiled ahead of time: ... is not available in the page";
- the builtin functions' docstrings (`len.__doc__`), the file right after the
  chain, go too: 10 KB gzip that hooks have no use for, so such a `__doc__` is
  None in the page (the types keep theirs).

The cut is made for one brython.js, whose hash is `PINNED`, and written by
`python -m chatkit.build.precompile`, which a freshness test checks; `chatkit
build` ships it only with that brython.js (else the full runtime).
"""

import base64
import functools
import hashlib
import json

from chatkit._resources import resource_dir

PINNED = "sha384-CrXwmltBQ+PoNy7RISkA2JZWNSKGhJcgYhpUG4z8kgYBjoxoq3rPUXhvgqhT3nqz"  # 3.15.0
FILE_NAME = "brython-runtime.js"
TITLE = ("// Brython's runtime without its compiler, cut from brython.js by "
         "`python -m chatkit.build.precompile`: do not edit.\n")
HEADER = "// chatkit-runtime "
SEPARATOR = "\n;\n"
CHAIN_START = "// >>> brython compiler chain"
CHAIN_END = "// <<< brython compiler chain"
# The compiler's files outside the chain, each known by a definition it holds, and
# the statements of it that compiled code (or the rest of the runtime) still needs,
# each known by how it begins.
KEPT = {
    "$B.tokenizer=": (
        "const Other_ID_Start=", "function is_ID_Start(", "const Other_ID_Continue=",
        "function is_ID_Continue(", "$B.is_XID_Start=", "$B.is_XID_Continue=",
        "$B.in_unicode_category=", "function in_unicode_category(",
    ),
    "__BRYTHON__.ast_classes=": (),
    "$B.create_python_ast_classes=": (),
    "$B.js_from_root=": (
        "$B.decode_position=", "function Scope(", "$B.scope_name=",
        "function resolve_in_namespace(", "$B.resolve=", "$B.resolve_local=",
        "$B.resolve_in_scopes=", "$B.resolve_global=", "$B.own_class_name=",
        "var exclude_from_builtins=", "var builtins_scope=", "for(var name in $B.builtins)",
    ),
}
# The file of the builtins' docstrings: how it begins (after the chain's end), how it ends.
DOCSTRINGS = ("var docs={", "for(var key in docs){if(__BRYTHON__.builtins[key])"
              "{if(['object','function'].includes(typeof __BRYTHON__.builtins[key]))"
              "{__BRYTHON__.builtins[key].__doc__=docs[key]}}}")
KEPT_OPENING = '"use strict";\n(function($B){var _b_=$B.builtins\n'
KEPT_CLOSING = "})(__BRYTHON__)"
# What the runtime does as it loads that no page of chatkit's needs then: (why, what
# brython.js says, what the cut says instead), each found exactly once.
EDITS = (
    # The time zone's name, for the stdlib's `time` (not shipped): two Intl.DateTimeFormat
    # calls that load ICU's time-zone data in every new tab (~9 ms of the runtime's one
    # long task).  Computed when first read instead; not enumerable, as a `for (attr in $B)`
    # loop of the runtime reads every enumerable property.
    ("the time zone's name, computed when read",
     "var date=new Date()\n"
     "var formatter=new Intl.DateTimeFormat($B.language,{timeZoneName:'short'}),"
     "short=formatter.format(date)\n"
     "formatter=new Intl.DateTimeFormat($B.language,{timeZoneName:'long'})\n"
     "var long=formatter.format(date)\n"
     "var ix=0,minlen=Math.min(short.length,long.length)\n"
     "while(ix < minlen && short[ix]==long[ix]){ix++}\n"
     "$B.tz_name=long.substr(ix).trim()\n",
     "Object.defineProperty($B,'tz_name',{configurable:true,enumerable:false,get:function(){\n"
     "var date=new Date()\n"
     "var short=new Intl.DateTimeFormat($B.language,{timeZoneName:'short'}).format(date)\n"
     "var long=new Intl.DateTimeFormat($B.language,{timeZoneName:'long'}).format(date)\n"
     "var ix=0,minlen=Math.min(short.length,long.length)\n"
     "while(ix < minlen && short[ix]==long[ix]){ix++}\n"
     "var name=long.substr(ix).trim()\n"
     "Object.defineProperty($B,'tz_name',{value:name,writable:true,configurable:true,"
     "enumerable:false})\n"
     "return name}})\n"),
)


def integrity(content):
    return "sha384-" + base64.b64encode(hashlib.sha384(content).digest()).decode()


@functools.cache
def installed_brython():
    """The bytes of brython.js as the installed `brython` package ships it (read once)."""
    from importlib.resources import files

    return (files("brython") / "data" / "brython.js").read_bytes()


@functools.cache
def installed_integrity():
    """The SRI hash of the installed brython.js."""
    return integrity(installed_brython())


def path():
    """Where the file is: `chatkit/static/` in a wheel, `static/` in a checkout."""
    return resource_dir("static") / FILE_NAME


def current(brython_integrity):
    """(the file's bytes, None) when it was cut from the brython.js whose SRI hash is
    `brython_integrity`; else (None, why not)."""
    try:
        content = path().read_bytes()
    except OSError:
        return None, "%s is missing" % FILE_NAME
    if read_header(content).get("brython") != brython_integrity:
        return None, "%s was cut from another brython.js" % FILE_NAME
    return content, None


def read_header(content):
    """The header of the file's bytes as a dict ({} when it has none)."""
    lines = content.split(b"\n", 2)
    if len(lines) < 3 or not lines[1].startswith(HEADER.encode("ascii")):
        return {}
    try:
        header = json.loads(lines[1][len(HEADER):])
    except ValueError:
        return {}
    return header if isinstance(header, dict) else {}


def cut(brython, statement_end):
    """The runtime without its compiler, from the bytes of the pinned brython.js.

    `statement_end(text, start)` is where the JavaScript statement beginning at
    `start` ends (a JavaScript parser's answer: see `chatkit.build.engine`).
    """
    if integrity(brython) != PINNED:
        raise ValueError("brython.js is not the pinned one (%s): update KEPT for it" % PINNED)
    text = brython.decode("utf-8")
    for why, old, new in EDITS:
        if text.count(old) != 1:
            raise ValueError("brython.js changed where the cut edits it (%s)" % why)
        text = text.replace(old, new)
    files = text.split(SEPARATOR)
    start, end = _chain(files)
    kept = [_keep(text, statement_end) for text in files[:start]]
    body = [text for text in kept if text is not None]
    body += [CHAIN_START + "\n" + _stand_in(), _without_docstrings(files[end])]
    body += files[end + 1:]
    header = json.dumps({"brython": PINNED}, sort_keys=True, separators=(",", ":"))
    return (TITLE + HEADER + header + "\n" + SEPARATOR.join(body)).encode("utf-8")


def _stand_in():
    """templates/brython-without-compiler.js, its first line the only comment kept (the
    visitor downloads the rest for nothing)."""
    text = (resource_dir("templates") / "brython-without-compiler.js").read_text("utf-8")
    first, *rest = text.rstrip("\n").split("\n")
    return "\n".join([first] + [line for line in rest if not line.lstrip().startswith("//")])


def _without_docstrings(text):
    """The chain's last file, which is only its end marker and the builtins' docstrings,
    without the docstrings."""
    marker, _, rest = text.lstrip("\n").partition("\n")
    if marker != CHAIN_END or not (rest.startswith(DOCSTRINGS[0])
                                   and rest.endswith(DOCSTRINGS[1])):
        raise ValueError("the file after brython.js's compiler chain is not its docstrings")
    return CHAIN_END


def _chain(files):
    """The indexes of the chain's first file and of the file after it."""
    starts = [i for i, text in enumerate(files) if text.lstrip("\n").startswith(CHAIN_START)]
    ends = [i for i, text in enumerate(files) if text.lstrip("\n").startswith(CHAIN_END)]
    if len(starts) != 1 or len(ends) != 1 or not starts[0] < ends[0]:
        raise ValueError("brython.js has no single compiler chain")
    return starts[0], ends[0]


def _keep(text, statement_end):
    """`text` (one of brython.js's files) unchanged, only the statements KEPT from a
    compiler file, or None for a compiler file with nothing to keep."""
    found = [marker for marker in KEPT if marker in text]
    if not found:
        return text
    if len(found) > 1:
        raise ValueError("one file holds %s" % " and ".join(found))
    statements = [_statement(text, beginning, statement_end) for beginning in KEPT[found[0]]]
    if not statements:
        return None
    statements.sort(key=text.index)  # in the file's order
    return KEPT_OPENING + "\n".join(statements) + "\n" + KEPT_CLOSING


def _statement(text, beginning, statement_end):
    at = text.find("\n" + beginning)
    if at < 0 or text.find("\n" + beginning, at + 1) >= 0:
        raise ValueError("no single statement begins with %r" % beginning)
    return text[at + 1:statement_end(text, at + 1)]
