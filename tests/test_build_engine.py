"""Brython's compiler under CPython (chatkit.build.engine) and the files it generates: the
precompiled bundle of each chat version (static/chatkit-browser-v1.js, -v2.js) and the runtime
without its compiler (static/brython-runtime.js), each current for the installed brython and
chatkit's sources."""

import json
import re

import pytest

from chatkit.build import _js, bundle, engine, features, precompile, runtime
from chatkit.build import precompiled as _precompiled

PRECOMPILE = "python -m chatkit.build.precompile"


def brython_files(content):
    """brython.js (or its cut) as its source files, as text."""
    return content.decode("utf-8").split(runtime.SEPARATOR)


# -- the engine -----------------------------------------------------------------------------


def test_engine_compiles_a_module_as_brython_does_in_the_page():
    js = engine.compile_module("site_hooks", "def f(x):\n    return x + 1\n", "VFS.site_hooks.py")
    assert js.startswith('var $B=__BRYTHON__,\n_b_=$B.builtins,\n'
                         'locals_site_hooks=$B.namespace("site_hooks")')
    assert 'var __file__=locals.__file__="VFS.site_hooks.py"' in js
    assert "$B.set_lineno(frame,1)" in js and "function f1(" in js


def test_engine_gives_the_same_bytes_whatever_it_compiled_before():
    source = "class A:\n    def g(self):\n        return [lambda: i for i in range(3)]\n"
    first = engine.compile_module("m", source, "VFS.m.py")
    engine.compile_module("other", "def f():\n    pass\n" * 5, "VFS.other.py")
    assert engine.compile_module("m", source, "VFS.m.py") == first


@pytest.mark.parametrize("source, kind, lineno, message", [
    ("x = 1\nif x\n    pass\n", "SyntaxError", 2, "expected ':'"),
    ("x = (\n", "SyntaxError", 1, "'(' was never closed"),
    # Deep for any state of V8's JIT (how deep it gets depends on what it compiled before).
    ("x = " + "+".join(["1"] * 20000) + "\n", "RangeError", None, "Maximum call stack size"),
])
def test_engine_reports_what_brython_refuses(source, kind, lineno, message):
    with pytest.raises(engine.CompileError) as caught:
        engine.compile_module("hooks", source, "VFS.hooks.py")
    assert (caught.value.kind, caught.value.lineno) == (kind, lineno)
    assert caught.value.message.startswith(message)


def test_engine_compiles_a_script_for_the_boot():
    js = engine.compile_script("__chatkit_boot__", "import hooks\n", "<chatkit boot>")
    assert '$B.import("hooks"' in js and 'locals.__file__="<chatkit boot>"' in js


# -- the precompiled bundle -----------------------------------------------------------------


def precompiled_parts(content):
    """(header, package, compiled module names in order) of a precompiled bundle's bytes."""
    text = content.decode("ascii")
    header = _precompiled.read_header(content)
    [package_line] = [line for line in text.split("\n") if "B.loadBrythonPackage(" in line]
    package = json.loads(package_line.split("B.loadBrythonPackage(", 1)[1][:-2])
    names = re.findall(r'^__chatkitModules\["([\w.]+)"\] = \(function \(\) \{$', text, re.M)
    return header, package, names


def test_generated_files_are_what_precompile_writes_today():
    # Fails after an edit to a bundled module (chatkit/browser/*, the core modules they
    # import) or a brython upgrade until the files are regenerated.
    for path, content in precompile.generate().items():
        assert path.read_bytes() == content, "%s is out of date: run %s" % (path, PRECOMPILE)


def test_precompile_writes_one_bundle_per_chat_version_and_the_runtime():
    static = runtime.path().parent
    assert sorted(precompile.generate()) == sorted([
        static / "chatkit-browser-v1.js", static / "chatkit-browser-v2.js", runtime.path()])
    assert not (static / "chatkit-browser.js").exists()  # the bundle of both, before


def test_precompile_check_says_which_file_is_out_of_date(monkeypatch, capsys):
    generated = {path: path.read_bytes() for path in (_precompiled.path("v1"),
                                                      _precompiled.path("v2"), runtime.path())}
    monkeypatch.setattr(precompile, "generate", lambda: generated)
    assert precompile.main(["--check"]) == 0
    generated[runtime.path()] += b"\n"
    generated[_precompiled.path("v2")] += b"\n"
    assert precompile.main(["--check"]) == 1
    assert capsys.readouterr().err == "".join("%s is out of date: run %s\n" % (path, PRECOMPILE)
                                              for path in (_precompiled.path("v2"), runtime.path()))


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_precompiled_bundle_is_current_for_the_installed_brython_and_the_sources(api):
    from chatkit.build.assets import precompiled_bundle

    assert precompiled_bundle(api)[1] is None


@pytest.mark.parametrize("api, adapter, other", [("v1", "_v1", "_v2"), ("v2", "_v2", "_v1")])
def test_precompiled_bundle_holds_every_module_of_its_version_as_javascript_and_no_source(
        api, adapter, other):
    modules = bundle.bundle_modules(api)
    header, package, compiled = precompiled_parts(_precompiled.path(api).read_bytes())
    assert header["brython"] == runtime.integrity(runtime.installed_brython())
    assert sorted(header["modules"]) == sorted(modules) == sorted(compiled)
    assert compiled == bundle.import_order(modules)
    assert "chatkit.browser." + adapter in compiled and "chatkit.browser." + other not in compiled
    for name, module in modules.items():
        assert package[name][1] == "", name  # tracebacks name the file and line without it
        assert package[name][2] == module.chatkit_imports(modules) and len(package[name]) == \
            (4 if module.is_package else 3)


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_precompiled_file_is_ascii_and_guarded_when_brython_did_not_load(api):
    text = _precompiled.path(api).read_text(encoding="ascii")
    assert text.startswith(_precompiled.TITLE)
    assert "(function (B) {\n    // Guarded" in text and "if (!B) { return; }" in text
    assert "\nwindow.__BRYTHON__ && (function (__chatkitB, __chatkitModules) {\n" in text


# -- the runtime without its compiler -------------------------------------------------------


def test_runtime_is_cut_from_the_pinned_brython_js():
    brython = runtime.installed_brython()
    assert runtime.integrity(brython) == runtime.PINNED, "brython was upgraded: review KEPT"
    cut = runtime.path().read_bytes()
    assert cut.startswith(runtime.TITLE.encode("ascii"))
    assert runtime.read_header(cut) == {"brython": runtime.PINNED}
    assert len(cut) < 0.56 * len(brython)  # the compiler was 46% of it


def edited(brython):
    """brython.js with the cut's EDITS made, each where it is once."""
    text = brython.decode("utf-8")
    for _, old, new in runtime.EDITS:
        assert text.count(old) == 1
        text = text.replace(old, new)
    return text.encode("utf-8")


def test_runtime_keeps_the_rest_of_brython_js_unchanged_and_in_order():
    original = brython_files(edited(runtime.installed_brython()))
    cut = brython_files(runtime.path().read_bytes())
    cut[0] = cut[0].split("\n", 2)[2]  # without the cut's title and header
    start = [i for i, text in enumerate(original) if runtime.CHAIN_START in text][0]
    end = [i for i, text in enumerate(original) if runtime.CHAIN_END in text][0]
    outside = [text for text in original[:start] if not any(m in text for m in runtime.KEPT)]
    outside += original[end + 1:]  # the chain's end is the builtins' docstrings' file
    assert [text for text in cut if text in original] == outside
    # and four files of chatkit's: the helpers kept from two compiler files, the stand-in,
    # the chain's end marker without the docstrings
    assert len(cut) == len(outside) + 4
    assert runtime.CHAIN_END in cut
    [chain] = [text for text in cut if text.startswith(runtime.CHAIN_START)]
    assert "compiled ahead of time" in chain


def test_runtime_has_no_compiler_left():
    text = runtime.path().read_text(encoding="utf-8")
    for definition in ("$B.tokenizer=", "$B._PyPegen=", "$B.js_from_root=",
                       "$B._PySymtable_Build=", "__BRYTHON__.ast_classes=",
                       "$B.create_python_ast_classes="):
        assert definition not in text
    assert text.count("compiled ahead of time: ") == 1  # the message, built in one place


def test_runtime_has_no_docstrings_of_the_builtins():
    brython = runtime.installed_brython().decode("utf-8")
    text = runtime.path().read_text(encoding="utf-8")
    docstring = 'ArithmeticError:"Base class for arithmetic errors.'
    assert docstring in brython and docstring not in text
    assert "].__doc__=docs[key]" not in text


def test_cut_refuses_a_brython_js_whose_docstrings_moved():
    with pytest.raises(ValueError, match="not its docstrings"):
        runtime._without_docstrings(runtime.CHAIN_END + "\nvar other=1")


@pytest.mark.parametrize("helper", [
    # compiled code calls these
    "$B.resolve_in_scopes=", "$B.resolve_local=", "$B.resolve_global=", "$B.resolve=",
    "$B.own_class_name=",
    # the runtime calls these: import, tracebacks, str.isidentifier() and friends
    "$B.scope_name=", "$B.decode_position=", "$B.is_XID_Start=", "$B.is_XID_Continue=",
    "$B.in_unicode_category=",
])
def test_runtime_keeps_the_helpers_compiled_code_needs(helper):
    text = runtime.path().read_text(encoding="utf-8")
    assert text.count("\n" + helper) == 1


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_runtime_defines_every_helper_the_precompiled_bundle_calls(api):
    # Each $B.name that the generated code uses, and that brython.js defines, the cut
    # defines too (but what the generated code sets itself, such as $B.js_this).
    def defined(text):
        return set(re.findall(r"\$B\.([A-Za-z_$][\w$]*)\s*=(?!=)", text))

    generated = _precompiled.path(api).read_text("ascii")
    used = set(re.findall(r"\$B\.([A-Za-z_$][\w$]*)", generated)) - defined(generated)
    brython = runtime.installed_brython().decode("utf-8")
    cut = runtime.path().read_text(encoding="utf-8")
    assert used & defined(brython) <= defined(cut)
    assert {"resolve_in_scopes", "set_lineno", "enter_frame"} <= used & defined(cut)


def test_cut_refuses_another_brython_js():
    with pytest.raises(ValueError, match="not the pinned one"):
        runtime.cut(runtime.installed_brython() + b"\n", engine.statement_end)


@pytest.mark.parametrize("text, start, end", [
    ("a()\nfunction f(x){return x\n}\nb()", 4, 28),  # a function over two lines
    ("var x=[1,\n2]\ny()", 0, 12),
    ("$B.f=function(){return '}'}\nz", 0, 27),  # a brace in a string
])
def test_statement_end_is_where_javascript_parses_the_statement_whole(text, start, end):
    assert engine.statement_end(text, start) == end


# -- JavaScript text ------------------------------------------------------------------------


@pytest.mark.parametrize("js, code", [
    ('var s = "\u00e9"', 'var s = "\\u{e9}"'),  # in a string
    ("var s = `\U0001f600`", "var s = `\\u{1f600}`"),  # a template literal, beyond 16 bits
    ("var \u00e9t\u00e9 = 1, s = \u00e9t\u00e9", "var \\u{e9}t\\u{e9} = 1, s = \\u{e9}t\\u{e9}"),
])
def test_ascii_code_escapes_what_is_not_ascii_so_v8_reads_the_same(js, code):
    assert _js.ascii_code(js) == code
    run = "(function (code) { return new Function(code + '\\nreturn s')(); })"
    assert engine._parser().call(run, code) == engine._parser().call(run, js)


@pytest.mark.parametrize("js, minified", [
    ("var x = 1\nvar y = x\n", "var x=1\nvar y=x"),  # line breaks stay: no semicolons
    ("  if (a) {\n\n    f(a, 'b  c')  // why\n  }\n", "if(a){\nf(a,'b  c')\n}"),  # strings kept
    ("x = a - -b + +c", "x=a- -b+ +c"),  # `- -` is not `--`
    ("x = a++ + b", "x=a++ +b"),
    ("return typeof x", "return typeof x"),
    ("s = `a\n  b`", "s=`a\n  b`"),  # template literals kept whole
    ('s = "it\'s \\" // not a comment"', 's="it\'s \\" // not a comment"'),
])
def test_minify_drops_only_spaces_javascript_does_not_need(js, minified):
    assert _js.minify(js) == minified


@pytest.mark.parametrize("js", [
    'var s = "Next -->" + \'<!-- a\' + "-->"',  # the hooks' strings (issue 16, hostile 2)
    'var s = "a\\\\<!--" + "b\\<!--" + "c\\-->" + `d<!--`',  # after escapes, literals
    'var s = "</script><script>" + "<SCRIPT"',  # nor an HTML parser's script states
    "var a = 1, b = 1, s = a < !--b",  # tokens joined into `<!--` ...
    "var a = 3, b = 1, s = [a-- > b, a]",  # ... and into `-->`
])
def test_minify_writes_no_html_like_comment_and_means_the_same_to_v8(js):
    minified = _js.minify(js)
    assert "<!--" not in minified and "-->" not in minified
    assert "<script" not in minified.lower() and "</script" not in minified.lower()
    run = "(function (code) { return JSON.stringify(new Function(code + '\\nreturn s')()); })"
    assert engine._parser().call(run, minified) == engine._parser().call(run, js)


@pytest.mark.parametrize("js", [
    "x = a / b",  # a regular expression or a division: not what Brython writes
    "/* block */ x",
    "x = `${a < !--b}<!--`",  # a placeholder in a template literal: not what Brython writes
    "x = 'unterminated\n'",
])
def test_minify_refuses_code_it_does_not_understand(js):
    with pytest.raises(ValueError):
        _js.minify(js)


# -- the runtime a build ships: without what the page never reaches ---------------------------


@pytest.mark.parametrize("hooks, needed", [
    ("from chatkit.browser import chat\nchat.set_language('de')\n", set()),
    ("x = b'ab'\n", {"bytes"}),
    ("x = 'é'.encode()\n", {"bytes"}),  # an attribute of bytes' territory, by its name
    ("x = bytearray(2)\n", {"bytes"}),
    ("x = memoryview(b'a')\n", {"memoryview", "bytes", "io"}),
    ("x = 1j\n", {"complex"}),
    ("x = -2\ny = x ** 0.5\n", {"complex"}),  # a power may be complex: kept
    ("match 1:\n    case 1:\n        pass\n", {"pattern"}),
    ("f = open\n", {"io"}),
    ("x = getattr(object(), 'y', None)\n", {f.name for f in features.FEATURES}),  # any name
])
def test_the_build_keeps_what_the_compiled_hooks_reach(hooks, needed):
    assert features.needed([engine.compile_module("hooks", hooks, "VFS.hooks.py")]) == needed


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_chatkits_bundle_reaches_none_of_the_runtimes_optional_parts(api):
    # Its `**` are powers of positive constant ints (2**53, 10**n), never complex; its
    # getattr reads the chat's own methods. The browser tests run it on the runtime without
    # any of them.
    text = _precompiled.path(api).read_text(encoding="ascii")
    reached = {f.name for f in features.FEATURES if f.uses.search(text)}
    assert reached == {"complex"}
    assert set(re.findall(r"'__[a-z]*pow__'", text)) == {"'__pow__'"}
    bases = re.findall(r"\$B\.rich_op\('__pow__',([^,]*),", text)
    assert bases and all(re.fullmatch(r"[1-9]\d*", base) for base in bases), bases


def test_the_lean_runtime_loads_and_stands_in_for_what_it_left_out():
    from py_mini_racer import MiniRacer

    lean = features.without(runtime.path().read_bytes(), set()).decode("utf-8")
    context = MiniRacer()
    try:
        context.eval(engine.SHIMS)
        context.eval(lean)
        assert context.eval("typeof __BRYTHON__.builtins.len") == "function"
        assert context.eval("JSON.stringify([__BRYTHON__.is_bytes_like(1), "
                            "__BRYTHON__.is_buffer(1)])") == "[false,false]"
    finally:
        context.close()
    for feature in features.FEATURES:
        assert feature.marker not in lean
        assert "chatkit build left %s out of the page" % feature.what in lean
