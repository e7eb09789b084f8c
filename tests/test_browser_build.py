"""`chatkit build` and `python_assets` (SPEC 3, 4): the bundle's contents, SRI, determinism."""

import ast
import base64
import hashlib
import json
from pathlib import Path

import pytest

from chatkit.build import assets as build
from chatkit.build import precompiled as _precompiled
from chatkit.cli import main
from chatkit.config import load_config
from chatkit.errors import ValidationError

CHATKIT = Path(build.__file__).resolve().parent
HOOKS = """from browser import document
from chatkit.browser import chat

chat.customer.set_info({"Page": document.title})
"""


def write_site(directory, hooks=HOOKS, hooks_name="hooks.py", python=True):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hooks_name).write_text(hooks, encoding="utf-8")
    toml = ('[chat]\nuuid = "script_1"\ntenant = "dGVuYW50"\nchannel = "Support"\n'
            'domain = "https://vcc-na7.8x8.com"\n')
    if python:
        toml += '[python]\nhooks = "%s"\nasset_base = "https://cdn.example.com/chatkit/"\n' \
            % hooks_name
    (directory / "chat.toml").write_text(toml, encoding="utf-8")
    return directory / "chat.toml"


@pytest.fixture
def config(tmp_path):
    return load_config(write_site(tmp_path / "site"))


def imports_of(path):
    """Every module a file imports, `from a import b` counting as a."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add(node.module)
    return found


def test_bundle_holds_chatkit_browser_and_only_the_pure_core_modules_it_imports():
    assert set(build.bundle_modules()) == {
        "chatkit", "chatkit.errors", "chatkit.rules", "chatkit.rules.customer",
        "chatkit.rules.languages", "chatkit.rules.topics", "chatkit.rules.chatapp",
        "chatkit.rules.variables", "chatkit.browser", "chatkit.browser._bridge",
        "chatkit.browser._chat", "chatkit.browser._checks", "chatkit.browser._link",
        "chatkit.browser._subscription", "chatkit.browser._v1", "chatkit.browser._v2",
        "chatkit.browser.versions",
    }


def test_bundle_modules_import_nothing_brython_cannot_load_without_its_stdlib():
    modules = build.bundle_modules()
    for name, module in modules.items():
        if name == "chatkit":
            continue  # replaced by build.BUNDLE_INIT in the bundle
        outside = {m for m in imports_of(module.path) if m != "chatkit" and m not in modules}
        allowed = {"browser", "javascript"} if name == build.BRIDGE else set()
        assert outside <= allowed, "%s imports %s" % (name, sorted(outside - allowed))


def test_every_browser_module_but_the_fake_bus_is_in_the_bundle():
    shipped = {"chatkit.browser." + p.stem for p in (CHATKIT / "browser").glob("_*.py")
               if p.stem != "__init__"}
    assert shipped <= set(build.bundle_modules())
    assert "chatkit.browser.fakebus" not in build.bundle_modules()


def test_source_bundle_is_a_guarded_brython_package_in_ascii():
    text = build.source_bundle_asset().content.decode("ascii")
    prefix = "window.__BRYTHON__ && window.__BRYTHON__.loadBrythonPackage("
    line = [line for line in text.splitlines() if line.startswith(prefix)][0]
    package = json.loads(line[len(prefix):-2])
    assert isinstance(package.pop("$timestamp"), int)
    assert package["chatkit.browser"][0] == ".py" and package["chatkit.browser"][3] == 1
    assert len(package["chatkit.rules.customer"]) == 3  # a module, not a package
    assert package["chatkit"][1] == build.BUNDLE_INIT
    assert "import" not in build.BUNDLE_INIT


def test_build_writes_runtime_bundle_hooks_and_manifest_with_matching_sri(config, tmp_path):
    built = build.build_assets(config, tmp_path / "out")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted([a.name for a in built] + [build.MANIFEST])
    assert [a.name.split(".")[0] for a in built] == ["brython", "chatkit", "hooks"]
    for asset in built:
        data = (tmp_path / "out" / asset.name).read_bytes()
        digest = base64.b64encode(hashlib.sha384(data).digest()).decode()
        assert asset.integrity == "sha384-" + digest
    assert not any("stdlib" in name for name in names)


def test_build_is_deterministic_and_python_assets_names_the_same_files(config, tmp_path):
    first = build.build_assets(config, tmp_path / "a")
    build.build_assets(config, tmp_path / "b")
    for name in [a.name for a in first] + [build.MANIFEST]:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assets = build.python_assets(config)
    assert assets["scripts"] == [{"src": "https://cdn.example.com/chatkit/" + a.name,
                                  "integrity": a.integrity} for a in first]
    assert assets["boot"] == "from chatkit.browser import _bridge\n_bridge.run('hooks')\n"


def test_python_assets_can_point_at_another_asset_base(config):
    assets = build.python_assets(config, asset_base="http://127.0.0.1:8000/assets/")
    assert all(s["src"].startswith("http://127.0.0.1:8000/assets/") for s in assets["scripts"])


def test_runtime_is_brython_js_unchanged():
    from importlib.resources import files

    shipped = (files("brython") / "data" / "brython.js").read_bytes()
    assert build.runtime_asset().content == shipped


def test_hooks_module_is_named_after_its_file(tmp_path):
    config = load_config(write_site(tmp_path, hooks_name="site_hooks.py"))
    assert build.python_assets(config)["boot"].endswith("_bridge.run('site_hooks')\n")


@pytest.mark.parametrize("file_name", [
    "my-hooks.py",  # not an identifier
    "chatkit.py",  # would hide the chatkit package
    "browser.py",  # would hide Brython's browser module
])
def test_hooks_file_name_must_be_a_free_module_name(tmp_path, file_name):
    config = load_config(write_site(tmp_path, hooks_name=file_name))
    with pytest.raises(ValidationError, match="python.hooks: the file name must be a Python"):
        build.python_assets(config)


def test_hooks_with_a_syntax_error_name_the_line(tmp_path):
    config = load_config(write_site(tmp_path, hooks="x = 1\nif x\n    pass\n"))
    with pytest.raises(ValidationError) as caught:
        build.python_assets(config)
    assert str(caught.value).startswith("%s: line 2: invalid Python" % config.hooks_path)


def test_hooks_warnings_name_imports_the_page_cannot_load(tmp_path):
    hooks = "import json\nfrom chatkit import UNSET\nfrom chatkit.browser import chat\n" \
            "from browser import html\nimport javascript\n"
    config = load_config(write_site(tmp_path, hooks=hooks))
    lines = [p.line("hooks.py") for p in build.hooks_warnings(config.hooks_path)]
    assert len(lines) == 2
    assert lines[0].startswith("hooks.py: line 1: warning: imports json, which the page cannot")
    assert lines[1].startswith("hooks.py: line 2: warning: in the page, import chat, UNSET")


def test_cli_build_writes_the_assets_and_reports_them(tmp_path, capsys):
    path = write_site(tmp_path / "site", hooks="import re\n" + HOOKS)
    assert main(["build", str(path), "--out", str(tmp_path / "out")]) == 0
    err = capsys.readouterr().err
    assert "hooks.py: line 1: warning: imports re" in err
    assert err.count("wrote ") == 3 and "sha384-" in err


def test_cli_build_without_a_python_table_is_a_one_line_error(tmp_path, capsys):
    path = write_site(tmp_path, python=False)
    assert main(["build", str(path), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.strip().endswith("python: missing: add a [python] table with hooks and "
                                "asset_base to build for it")
    assert not (tmp_path / "out").exists()


def test_cli_build_into_a_file_path_is_a_one_line_error(tmp_path, capsys):
    path = write_site(tmp_path / "site")
    (tmp_path / "taken").write_text("a file", encoding="utf-8")
    assert main(["build", str(path), "--out", str(tmp_path / "taken")]) == 2
    assert "cannot write it" in capsys.readouterr().err


@pytest.mark.parametrize("source", [
    "x = 1  # a comment\n",
    'def f():\n    """Doc\n    on two lines."""\n    return 1  # why\n',
    'class E(Exception):\n    """Only a docstring."""\n',
    '"""Module doc."""\nTEXT = "not a # comment"\n',
])
def test_slim_source_drops_comments_and_docstrings_keeping_every_line(source):
    slim = build.slim_source(source)
    assert "#" not in slim.replace('"not a # comment"', "")
    assert "Doc" not in slim and "docstring" not in slim
    assert len(slim.splitlines()) == len(source.splitlines())
    namespace, original = {}, {}
    exec(compile(slim, "slim", "exec"), namespace)
    exec(compile(source, "source", "exec"), original)
    assert sorted(k for k in namespace if not k.startswith("__")) == \
        sorted(k for k in original if not k.startswith("__"))


# The precompiled bundle (static/chatkit-browser.js, chatkit.build.precompiled).

PRECOMPILE = "python -m chatkit.build.precompile"


def precompiled_parts(content):
    """(header, package, compiled names) of a precompiled bundle's bytes."""
    lines = content.decode("ascii").split("\n")
    header = _precompiled.read_header(content)
    [package_line] = [line for line in lines if "B.loadBrythonPackage(" in line]
    package = json.loads(package_line.split("B.loadBrythonPackage(", 1)[1][:-2])
    names = [json.loads(line.split(": `", 1)[0]) for line in lines
             if line.startswith('"chatkit') and ": `" in line]
    return header, package, names


def test_precompiled_bundle_is_current_for_the_installed_brython_and_the_sources():
    # Fails after an edit to a bundled module (chatkit/browser/*, the core modules they
    # import) until the file is regenerated; `chatkit build` meanwhile ships Python.
    _, stale = build.precompiled_bundle(build.runtime_asset())
    assert stale is None, "%s: run %s" % (stale, PRECOMPILE)


def test_bundle_is_the_precompiled_file_shipped_unchanged():
    assert build.bundle_asset().content == _precompiled.path().read_bytes()


def test_precompiled_bundle_holds_the_start_modules_as_javascript_and_the_rest_as_python():
    modules = build.bundle_modules()
    header, package, compiled = precompiled_parts(_precompiled.path().read_bytes())
    assert header["brython"] == build.runtime_asset().integrity
    assert sorted(header["modules"]) == sorted(modules)
    assert sorted(compiled) == build.start_modules()
    for name, module in modules.items():
        source = "" if name in compiled else module.page_source()
        assert package[name][1] == source, name
        assert package[name][2] == module.chatkit_imports() and len(package[name]) == \
            (4 if module.is_package else 3)


def test_start_modules_are_every_module_of_the_bundle():
    # No bundled module is imported only inside a function, so all of them are precompiled.
    start = build.start_modules()
    assert set(build.bundle_modules()) == set(start)
    modules = build.bundle_modules()
    for name in start:  # closed: what a start module imports as it runs is a start module
        assert set(modules[name].chatkit_start_imports()) <= set(start), name


def test_build_and_snippet_give_the_shipped_files_their_sri(tmp_path, capsys):
    path = write_site(tmp_path / "site")
    assert main(["build", str(path), "--out", str(tmp_path / "out")]) == 0
    assert main(["snippet", str(path)]) == 0
    snippet = capsys.readouterr().out
    written = sorted((tmp_path / "out").glob("*.js"))
    assert len(written) == 3
    for file in written:
        integrity = "sha384-" + base64.b64encode(hashlib.sha384(file.read_bytes()).digest()) \
            .decode()
        assert '"src":"https://cdn.example.com/chatkit/%s","integrity":"%s"' % (
            file.name, integrity) in snippet
    bundle = [f for f in written if f.name.startswith("chatkit.")][0]
    assert bundle.read_bytes() == _precompiled.path().read_bytes()


@pytest.fixture
def stale_copy(tmp_path, monkeypatch):
    """Point chatkit.build.precompiled at a copy of the file; returns a function that edits it."""
    copy = tmp_path / _precompiled.FILE_NAME
    copy.write_bytes(_precompiled.path().read_bytes())
    monkeypatch.setattr(_precompiled, "path", lambda: copy)

    def edit(old, new):
        copy.write_bytes(copy.read_bytes().replace(old, new, 1))

    return edit


@pytest.mark.parametrize("old, new, why", [
    (b'"brython":"sha384-', b'"brython":"sha384-X', "was compiled for another brython.js"),
    (b'"sources":"', b'"sources":"0', "is older than chatkit's sources"),
    (b'"modules":["chatkit",', b'"modules":["chatkit","os",', "is older than chatkit's sources"),
    (b"// chatkit-precompiled {", b"// chatkit-precompiled [", "was compiled for another brython"),
])
def test_bundle_falls_back_to_python_when_the_precompiled_file_is_not_current(
        stale_copy, old, new, why, config, tmp_path, capsys):
    stale_copy(old, new)
    content, stale = build.precompiled_bundle(build.runtime_asset())
    assert content is None and stale.startswith("%s %s" % (_precompiled.FILE_NAME, why))
    assert build.bundle_asset().content == build.source_bundle_asset().content
    assert build.python_assets(config)["scripts"][1]["integrity"] == \
        build.source_bundle_asset().integrity
    assert main(["build", str(config.path), "--out", str(tmp_path / "out")]) == 0
    assert "warning: %s %s" % (_precompiled.FILE_NAME, why) in capsys.readouterr().err


def test_bundle_falls_back_to_python_when_the_precompiled_file_is_missing(tmp_path, monkeypatch):
    monkeypatch.setattr(_precompiled, "path", lambda: tmp_path / "nothing.js")
    assert build.precompiled_bundle(build.runtime_asset()) == \
        (None, "%s is missing" % _precompiled.FILE_NAME)
    assert build.bundle_asset().content == build.source_bundle_asset().content


def test_precompiled_file_is_ascii_and_guarded_when_brython_did_not_load():
    text = _precompiled.path().read_text(encoding="ascii")
    assert text.startswith(_precompiled.TITLE)
    assert "(function (B) {\n    // Guarded" in text and "if (!B) { return; }" in text
    assert text.endswith("})(window.__BRYTHON__);\n")


@pytest.mark.parametrize("text, literal", [
    ('x = "a b"\n', '`x = "a b"\n`'),  # quotes and line breaks stay
    ("a`b", "`a\\`b`"),  # a backquote would end the literal
    ("${x}", "`\\${x}`"),  # a substitution would run
    ("\\n", "`\\\\n`"),  # a backslash is itself
    ("é😀\r", "`\\u00e9\\ud83d\\ude00\\r`"),  # ASCII only; a CR would read as LF
])
def test_template_literal_escapes_what_javascript_would_read_differently(text, literal):
    assert _precompiled.template_literal(text) == literal


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
    from chatkit.build.precompile import minify

    assert minify(js) == minified


@pytest.mark.parametrize("js", [
    "x = a / b",  # a regular expression or a division: not what Brython writes
    "/* block */ x",
    "x = a < !--b",  # would become an HTML-like comment
    "x = 'unterminated\n'",
])
def test_minify_refuses_code_it_does_not_understand(js):
    from chatkit.build.precompile import minify

    with pytest.raises(ValueError):
        minify(js)
