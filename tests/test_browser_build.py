"""`chatkit build` and `python_assets` (SPEC 3, 4): what the page gets, SRI, determinism, and a
build that is all or nothing."""

import ast
import base64
import errno
import gzip
import hashlib
import json
from pathlib import Path

import pytest

from chatkit.build import _output, assets, bundle, compiled, engine, features, precompile, runtime
from chatkit.build import precompiled as _precompiled
from chatkit.cli import main
from chatkit.config import load_config
from chatkit.errors import ValidationError

CHATKIT = Path(bundle.__file__).resolve().parent.parent
ROOT = CHATKIT.parent
HOOKS = """from browser import document
from chatkit.browser import chat

chat.customer.set_info({"Page": document.title})
"""


V2_CHAT = 'api = "v2"\nchannel_uuid = "Ab3ULjXFQx-unSA6ebdW8A"\n'


def write_site(directory, hooks=HOOKS, hooks_name="hooks.py", python=True, chat=""):
    directory.mkdir(parents=True, exist_ok=True)
    (directory / hooks_name).write_text(hooks, encoding="utf-8")
    toml = ('[chat]\nuuid = "script_1"\ntenant = "dGVuYW50"\nchannel = "Support"\n'
            'domain = "https://vcc-na7.8x8.com"\n' + chat)
    if python:
        toml += '[python]\nhooks = "%s"\nasset_base = "https://cdn.example.com/chatkit/"\n' \
            % hooks_name
    (directory / "chat.toml").write_text(toml, encoding="utf-8")
    return directory / "chat.toml"


@pytest.fixture
def config(tmp_path):
    return load_config(write_site(tmp_path / "site"))


@pytest.fixture
def no_engine(monkeypatch):
    """A chatkit installed without the [fast] extra."""
    monkeypatch.setattr(engine, "missing", lambda: "mini-racer is not installed")


def sri(data):
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode()


def imports_of(path):
    """Every module a file imports, `from a import b` counting as a."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add(node.module)
    return found


def package_of(content):
    """The Brython package a build script hands over (its `$timestamp` dropped)."""
    [line] = [line for line in content.decode("ascii").splitlines()
              if "B.loadBrythonPackage(" in line]
    package = json.loads(line.split("B.loadBrythonPackage(", 1)[1][:-2])
    assert isinstance(package.pop("$timestamp"), int)
    return package


# -- what the bundle holds ------------------------------------------------------------------


SHARED_MODULES = {
    "chatkit", "chatkit.errors", "chatkit.rules", "chatkit.rules.customer",
    "chatkit.rules.languages", "chatkit.rules.topics", "chatkit.browser",
    "chatkit.browser._bridge", "chatkit.browser._chat", "chatkit.browser._checks",
    "chatkit.browser._link", "chatkit.browser._availability",
    "chatkit.browser._subscription", "chatkit.browser.versions",
}  # and one runtime's adapter (RUNTIME_ONLY)
V1_ONLY = {"chatkit.browser._v1"}
V2_ONLY = {"chatkit.browser._v2", "chatkit.rules.variables", "chatkit.rules.chatapp"}
RUNTIME_ONLY = {"brython": {"chatkit.browser._brython"},
                "micropython": {"chatkit.browser._micropython"}}
# What each runtime adapter imports of its runtime's own modules (and nothing else may).
RUNTIME_IMPORTS = {"brython": {"browser", "javascript"},
                   "micropython": {"js", "jsffi", "io", "sys", "_chatkit_js"}}


@pytest.mark.parametrize("runtime_name, other_runtime", [("brython", "micropython"),
                                                         ("micropython", "brython")])
@pytest.mark.parametrize("api, own, other", [("v1", V1_ONLY, V2_ONLY), ("v2", V2_ONLY, V1_ONLY)])
def test_each_versions_bundle_holds_chatkit_browser_its_adapters_and_the_core_they_import(
        api, own, other, runtime_name, other_runtime):
    modules = set(bundle.bundle_modules(api, runtime_name))
    assert modules == SHARED_MODULES | own | RUNTIME_ONLY[runtime_name]
    assert not modules & (other | RUNTIME_ONLY[other_runtime])
    assert bundle.adapter_module(api) in own


@pytest.mark.parametrize("runtime_name", ["brython", "micropython"])
@pytest.mark.parametrize("api", ["v1", "v2"])
def test_bundle_modules_import_nothing_the_runtime_cannot_load(api, runtime_name):
    modules = bundle.bundle_modules(api, runtime_name)
    others = {bundle.adapter_module(other) for other in ("v1", "v2") if other != api}
    others_runtime = set(bundle.RUNTIME_ADAPTERS.values()) - set(modules)
    for name, module in modules.items():
        if name == "chatkit":
            continue  # replaced by bundle.BUNDLE_INIT in the bundle
        outside = {m for m in imports_of(module.path) if m != "chatkit" and m not in modules}
        allowed = RUNTIME_IMPORTS[runtime_name] if name in RUNTIME_ONLY[runtime_name] else set()
        if name == "chatkit.browser._chat":
            allowed |= others  # imported by chat.api, in a function: never in this page
        if name == bundle.BRIDGE:
            allowed |= others_runtime  # imported by runtime, in a function: likewise
        assert outside <= allowed, "%s imports %s" % (name, sorted(outside - allowed))


def test_every_browser_module_but_the_fakes_is_in_a_bundle_and_each_adapter_in_one():
    shipped = {"chatkit.browser." + p.stem for p in (CHATKIT / "browser").glob("_*.py")
               if p.stem != "__init__"}
    bundles = {(api, runtime_name): set(bundle.bundle_modules(api, runtime_name))
               for api in ("v1", "v2") for runtime_name in ("brython", "micropython")}
    every, common = set().union(*bundles.values()), set.intersection(*bundles.values())
    assert shipped <= every
    assert shipped - common == {"chatkit.browser._v1", "chatkit.browser._v2",
                                "chatkit.browser._brython", "chatkit.browser._micropython"}
    assert not {"chatkit.browser.fakebus", "chatkit.browser.fakechatapp"} & every


def test_the_other_versions_adapter_is_where_the_walk_stops():
    # _chat imports both adapters (in a function); each version's walk follows only its own.
    chat = bundle.bundle_modules("v1")["chatkit.browser._chat"]
    assert {"chatkit.browser._v1", "chatkit.browser._v2"} <= set(chat.chatkit_imports())
    assert "chatkit.browser._v2" not in chat.chatkit_imports(bundle.bundle_modules("v1"))
    assert "chatkit.browser._v1" not in chat.chatkit_imports(bundle.bundle_modules("v2"))


def test_the_other_runtimes_adapter_is_where_the_walk_stops():
    bridge = bundle.bundle_modules("v1")[bundle.BRIDGE]
    assert set(bundle.RUNTIME_ADAPTERS.values()) <= set(bridge.chatkit_imports())
    for runtime_name, adapter in bundle.RUNTIME_ADAPTERS.items():
        assert bridge.chatkit_imports(bundle.bundle_modules("v1", runtime_name)) == sorted([
            "chatkit.browser", "chatkit.browser.versions", adapter])


def test_each_versions_bundle_is_smaller_than_one_bundle_of_both():
    # What the page got before: one precompiled bundle with both versions' modules.
    both = precompile.compile_bundle({**bundle.bundle_modules("v1"),
                                      **bundle.bundle_modules("v2")})
    for api in ("v1", "v2"):
        shipped = _precompiled.path(api).read_bytes()
        assert len(gzip.compress(shipped)) < len(gzip.compress(both)), api


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_import_order_puts_each_module_after_what_it_imports(api):
    modules = bundle.bundle_modules(api)
    order = bundle.import_order(modules)
    assert sorted(order) == sorted(modules)
    for name in order:
        for imported in modules[name].chatkit_imports(modules):
            assert order.index(imported) < order.index(name), (imported, name)


@pytest.mark.parametrize("api, adapter", [("v1", "chatkit.browser._v1"),
                                          ("v2", "chatkit.browser._v2")])
def test_source_bundle_is_a_guarded_brython_package_in_ascii(api, adapter):
    content = assets.source_bundle_asset(api).content
    text = content.decode("ascii")
    assert "if (!B) { return; }" in text and "B.precompiled" not in text
    package = package_of(content)
    assert sorted(package) == sorted(bundle.bundle_modules(api))
    assert package["chatkit.browser"][0] == ".py" and package["chatkit.browser"][3] == 1
    assert len(package["chatkit.rules.customer"]) == 3  # a module, not a package
    assert adapter in package["chatkit.browser._chat"][2]  # the imports this bundle holds
    assert package["chatkit"][1] == bundle.BUNDLE_INIT
    assert "import" not in bundle.BUNDLE_INIT


# -- chat's lazily imported rules: only in the pages whose hooks reach them -----------------


LAZY_CALLS = {"set_language('de')": {"chatkit.rules.languages"},
              "set_variables({'_a': 'b'})": {"chatkit.rules.variables"},
              "set_quick_replies(['Yes'])": {"chatkit.rules.chatapp"},
              "set_sound(False)": {"chatkit.rules.chatapp"}}


@pytest.mark.parametrize("runtime_name", ["brython", "micropython"])
@pytest.mark.parametrize("call, kept", [*LAZY_CALLS.items(), ("customer.reset_info()", set())])
def test_the_bundle_holds_the_lazy_rules_the_hooks_call_and_no_others(tmp_path, call, kept,
                                                                      runtime_name):
    path = write_site(tmp_path, hooks=HOOKS + "chat.%s\n" % call, chat=V2_CHAT)
    text = path.read_text(encoding="utf-8") + 'runtime = "%s"\n' % runtime_name
    path.write_text(text, encoding="utf-8")
    bundle_text = assets.assets(load_config(path))[1].content.decode("ascii")
    lazy = set(bundle.LAZY_MODULES)
    if runtime_name == "brython":
        shipped = {m for m in lazy if '__chatkitModules["%s"]' % m in bundle_text}
    else:
        shipped = {m for m in lazy if '"%s.py":' % m.replace(".", "/") in bundle_text}
    assert shipped == kept


@pytest.mark.parametrize("hooks", ["f = getattr(chat, 'set_' + 'language')\n",
                                   "import chatkit.rules.languages\n",
                                   "from chatkit.rules.chatapp import check_toggle\n",
                                   "x = 'set_variables'\n"])
def test_hooks_that_may_reach_the_lazy_rules_by_another_way_keep_them(tmp_path, hooks):
    names = assets.Hooks(write_site(tmp_path, hooks=HOOKS + hooks).parent / "hooks.py").names()
    assert bundle.unreached(names, bundle.bundle_modules("v2")) <= {
        "chatkit.rules.languages", "chatkit.rules.variables", "chatkit.rules.chatapp"}
    assert bundle.unreached(names, bundle.bundle_modules("v2")) != set(bundle.LAZY_MODULES)


def test_the_lazy_rules_are_imported_only_inside_functions_of_the_modules_that_call_them():
    # What makes leaving them out safe: no module imports them as it loads.
    import ast

    for api in ("v1", "v2"):
        for name, module in bundle.bundle_modules(api).items():
            if module.tree is None:
                continue
            top = [node for node in module.tree.body
                   if isinstance(node, (ast.Import, ast.ImportFrom))]
            loaded = {m for m, _ in bundle.imports(top, name)}
            assert not loaded & set(bundle.LAZY_MODULES), name


# -- the three files ------------------------------------------------------------------------


def test_build_writes_runtime_bundle_hooks_and_manifest_with_matching_sri(config, tmp_path):
    built = assets.build_assets(config, tmp_path / "out")
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == sorted([a.name for a in built] + [assets.MANIFEST])
    assert [a.name.split(".")[0] for a in built] == ["brython", "chatkit", "hooks"]
    for asset in built:
        assert asset.integrity == sri((tmp_path / "out" / asset.name).read_bytes())
    assert not any("stdlib" in name for name in names)


def test_build_with_the_engine_ships_the_runtime_without_its_compiler(config):
    built = assets.assets(config)
    assert built.light and built.notes == [] and built.warnings == []
    # The hooks use none of Brython's optional parts: the runtime has none of them.
    assert built[0].content == features.without(runtime.path().read_bytes(), set())
    assert len(gzip.compress(built[0].content)) < 0.9 * len(gzip.compress(
        runtime.path().read_bytes()))
    # Without the language rules, which only chat.set_language() imports: HOOKS never call it.
    assert built[1].content == _precompiled.without(_precompiled.path("v1").read_bytes(),
                                                    {"chatkit.rules.languages"})
    assert built.boot == {"js": compiled.compile_boot("hooks", "v1")}
    text = built[2].content.decode("ascii")
    assert package_of(built[2].content) == {
        "hooks": [".py", HOOKS, ["browser", "chatkit.browser"]]}
    assert '__chatkitModules["hooks"] = (function () {\nvar $B=__BRYTHON__,' in text


@pytest.mark.parametrize("ahead_of_time", [True, False])
def test_build_of_a_v2_config_ships_the_v2_bundle(tmp_path, ahead_of_time):
    config = load_config(write_site(tmp_path, chat=V2_CHAT))
    built = assets.assets(config, ahead_of_time=ahead_of_time)
    assert built.warnings == [] and built.light is ahead_of_time
    assert built[1].content == _precompiled.without(_precompiled.path("v2").read_bytes(), {
        "chatkit.rules.languages", "chatkit.rules.variables", "chatkit.rules.chatapp"})
    assert built.boot == ({"js": compiled.compile_boot("hooks", "v2")} if ahead_of_time
                          else {"python": compiled.BOOT % ("hooks", "v2")})
    header = _precompiled.read_header(built[1].content)
    assert "chatkit.browser._v2" in header["modules"]
    assert "chatkit.browser._v1" not in header["modules"]


@pytest.mark.parametrize("api, module, other", [
    ("v1", "chatkit.rules.variables", "v2"),
    ("v1", "chatkit.browser._v2", "v2"),
    ("v2", "chatkit.browser._v1", "v1"),
])
def test_hooks_importing_a_module_only_the_other_versions_page_has_get_a_warning_naming_it(
        tmp_path, api, module, other):
    config = load_config(write_site(tmp_path, hooks="import %s\n" % module + HOOKS,
                                    chat=V2_CHAT if api == "v2" else ""))
    [warning] = [p.line("hooks.py") for p in assets.assets(config).warnings]
    assert warning == ('hooks.py: line 1: warning: imports %s, which the page cannot load (only '
                       'the %s chat\'s page has it; the config\'s [chat] api is "%s")'
                       % (module, other, api))


def test_hooks_importing_a_module_their_versions_page_has_get_no_warning(tmp_path):
    hooks = "from chatkit.rules.variables import check_variables\n" + HOOKS
    config = load_config(write_site(tmp_path, hooks=hooks, chat=V2_CHAT))
    assert assets.assets(config).warnings == []


def test_build_without_the_engine_is_todays_and_warns_loudly_how_to_get_the_faster_one(
        config, no_engine, capsys):
    built = assets.assets(config)
    assert not built.light and built[0].content == runtime.installed_brython()
    assert built.boot == {"python": "from chatkit.browser import _bridge\n"
                                    "_bridge.run('hooks', api='v1')\n"}
    assert "B.precompiled" not in built[2].content.decode("ascii")
    warning = ("chatkit: warning: mini-racer is not installed, so each visitor's browser "
               "compiles the hooks and loads Brython with its compiler (about 90 KB more gzip, "
               "and about 40 % slower to start); `pip install mini-racer` compiles them here "
               "instead")
    assert built.notes == [warning]
    assert main(["build", str(config.path), "--out", str(config.path.parent / "out")]) == 0
    assert warning in capsys.readouterr().err.splitlines()


def test_mini_racer_is_a_dependency_of_the_package_not_an_extra():
    # `pip install .` alone must build the fast page (issue 21).
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "mini-racer" in project["dependencies"]
    assert engine.missing() is None


@pytest.mark.parametrize("use", [
    "exec('x = 1')",
    "run = eval",  # a reference is enough: it can be called later
    "code = compile('1', 'x', 'eval')",
])
def test_hooks_using_the_compiler_get_the_full_runtime_with_a_warning(tmp_path, use):
    config = load_config(write_site(tmp_path, hooks=HOOKS + use + "\n"))
    built = assets.assets(config)
    assert not built.light and built[0].content == runtime.installed_brython()
    assert "js" in built.boot  # the rest is still compiled ahead of time
    [warning] = [p.line("hooks.py") for p in built.warnings]
    assert warning.startswith("hooks.py: line 5: warning: uses %s(), which needs Brython's "
                              "compiler in the page: the build ships the full runtime"
                              % use.split("(")[0].split()[-1])


def test_build_is_deterministic_and_python_assets_names_the_same_files(config, tmp_path):
    first = assets.build_assets(config, tmp_path / "a")
    engine.compile_module("other", "def f():\n    return lambda: [x for x in y]\n", "x.py")
    assets.build_assets(config, tmp_path / "b")  # after another compile: the same bytes
    for name in [a.name for a in first] + [assets.MANIFEST]:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    python = assets.python_assets(config)
    assert python["scripts"] == [{"src": "https://cdn.example.com/chatkit/" + a.name,
                                  "integrity": a.integrity} for a in first]
    manifest = json.loads((tmp_path / "a" / assets.MANIFEST).read_text(encoding="ascii"))
    assert manifest == {"scripts": [{"name": a.name, "integrity": a.integrity} for a in first],
                        "boot": python["boot"], "files": [a.name for a in first]}


def test_python_assets_can_point_at_another_asset_base(config):
    python = assets.python_assets(config, asset_base="http://127.0.0.1:8000/assets/")
    assert all(s["src"].startswith("http://127.0.0.1:8000/assets/") for s in python["scripts"])


def test_full_runtime_is_brython_js_unchanged():
    from importlib.resources import files

    shipped = (files("brython") / "data" / "brython.js").read_bytes()
    assert assets.runtime_asset().content == shipped


def test_hooks_module_is_named_after_its_file(tmp_path, no_engine):
    config = load_config(write_site(tmp_path, hooks_name="site_hooks.py"))
    assert assets.python_assets(config)["boot"]["python"].endswith(
        "_bridge.run('site_hooks', api='v1')\n")


# -- the command ----------------------------------------------------------------------------


def test_cli_build_writes_the_assets_and_reports_them(tmp_path, capsys):
    path = write_site(tmp_path / "site", hooks="import re\n" + HOOKS)
    out = tmp_path / "out"
    assert main(["build", str(path), "--out", str(out)]) == 0
    err = capsys.readouterr().err.splitlines()
    hooks = tmp_path / "site" / "hooks.py"
    assert err[0].startswith("%s: line 1: warning: imports re, which the page cannot" % hooks)
    names = [a.name for a in assets.assets(load_config(path))] + [assets.MANIFEST]
    assert [line.split(": ")[0] for line in err[1:]] == ["wrote %s" % (out / n) for n in names]
    assert "Brython's runtime without its compiler (sha384-" in err[1]
    assert err[-1] == "wrote %s: %s" % (out / assets.MANIFEST, assets.MANIFEST_NOTE)


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
    assert capsys.readouterr().err.splitlines() == [
        "%s: --out: cannot write it: not a folder" % (tmp_path / "taken")]
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "a file"


def test_cli_build_refuses_an_empty_out(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write_site(tmp_path / "site")
    assert main(["build", str(path), "--out", ""]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "--out: empty: name the folder to write the assets to (--out dist/chatkit)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_cli_build_makes_missing_parent_folders_readable(tmp_path, capsys):
    path = write_site(tmp_path / "site")
    out = tmp_path / "dist" / "chatkit"
    assert main(["build", str(path), "--out", str(out)]) == 0
    assert len(list(out.iterdir())) == 4
    assert out.stat().st_mode & 0o755 == 0o755  # a web server may read it


class FullDisk:
    """`write_file` that fills the disk at its `after`-th file."""

    def __init__(self, after):
        self.after, self.calls = after, 0

    def __call__(self, path, content):
        self.calls += 1
        if self.calls == self.after:
            path.write_bytes(content[: len(content) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        path.write_bytes(content)


@pytest.mark.parametrize("existing", [False, True])
@pytest.mark.parametrize("after", [1, 2, 4])
def test_cli_build_on_a_full_disk_leaves_the_folder_as_it_was(tmp_path, capsys, monkeypatch,
                                                             existing, after):
    path = write_site(tmp_path / "site")
    out = tmp_path / "dist" / "chatkit"
    if existing:
        out.mkdir(parents=True)
        (out / "brython.old.js").write_bytes(b"an earlier build")
    before = sorted(tmp_path.rglob("*"))
    monkeypatch.setattr(_output, "write_file", FullDisk(after))
    assert main(["build", str(path), "--out", str(out)]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == \
        "%s: --out: cannot write it: No space left on device" % out
    assert sorted(tmp_path.rglob("*")) == before  # no temporary folder, no parent made


def test_cli_build_replaces_files_of_an_earlier_build_and_keeps_the_others(tmp_path, capsys):
    path = write_site(tmp_path / "site")
    out = tmp_path / "out"
    out.mkdir()
    (out / "brython.old.js").write_bytes(b"an earlier build, still cached by visitors")
    (out / assets.MANIFEST).write_bytes(b"{}")
    assert main(["build", str(path), "--out", str(out)]) == 0
    assert (out / "brython.old.js").exists()
    assert json.loads((out / assets.MANIFEST).read_bytes())["scripts"]
    assert [p.name for p in out.parent.iterdir() if p.name.startswith(".")] == []


def test_cli_build_removes_the_files_its_earlier_build_wrote_and_no_others(tmp_path, capsys):
    # Issue 16, first hour 3: the manifest says which files the build it replaces wrote.
    path = write_site(tmp_path / "site")
    out = tmp_path / "out"
    assert main(["build", str(path), "--out", str(out)]) == 0
    first = set(json.loads((out / assets.MANIFEST).read_bytes())["files"])
    for name in ("index.html", "brython.0123456789ab.js", "hooks.py"):  # others' files
        (out / name).write_text("not chatkit's", encoding="utf-8")
    (path.parent / "hooks.py").write_text(HOOKS + "chat.customer.reset_info()\n", "utf-8")
    assert main(["build", str(path), "--out", str(out)]) == 0
    second = set(json.loads((out / assets.MANIFEST).read_bytes())["files"])
    [old_hooks] = first - second  # only the hooks changed
    assert old_hooks.startswith("hooks.") and not (out / old_hooks).exists()
    assert {p.name for p in out.iterdir()} == second | {
        assets.MANIFEST, "index.html", "brython.0123456789ab.js", "hooks.py"}


def test_cli_build_never_removes_what_an_edited_manifest_names(tmp_path, capsys):
    path = write_site(tmp_path / "site")
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("the site's page", encoding="utf-8")
    (out / "chat.toml").write_text("a config", encoding="utf-8")
    (out / assets.MANIFEST).write_text(json.dumps({"files": ["index.html", "../site/chat.toml",
                                                              "chat.toml", ".", ""]}), "utf-8")
    assert main(["build", str(path), "--out", str(out)]) == 0
    assert (out / "index.html").exists() and (out / "chat.toml").exists() and path.exists()


@pytest.mark.parametrize("name", [assets.MANIFEST])
def test_build_assets_never_writes_over_one_of_its_inputs(tmp_path, name):
    # `build chatkit-assets.json --out .` replaced the config by the manifest. The command
    # refuses it before building (tests/test_cli_output.py); build_assets refuses it too.
    folder = tmp_path / "site"
    path = write_site(folder)
    config = path.rename(folder / name)
    before = config.read_bytes()
    with pytest.raises(ValidationError) as raised:
        assets.build_assets(load_config(config), folder)
    assert [problem.line(str(raised.value.source)) for problem in raised.value.problems] == [
        "%s: --out: %s there is one of the build's inputs, which it never replaces: write the "
        "build to a folder of its own" % (folder, name)]
    assert config.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == sorted(["hooks.py", name])


# A build that, once its files are written, waits for the other one to get as far (a
# barrier of files in `sys.argv[3]`), so both move their files in at the same moment.
BUILD_TWICE = """
import os, sys, time
from chatkit.build import _output
from chatkit.cli import main

write = _output.write_file
def write_then_wait(path, content):
    write(path, content)
    if path.name == "chatkit-assets.json":
        open(os.path.join(sys.argv[3], str(os.getpid())), "w").close()
        deadline = time.monotonic() + 60
        while len(os.listdir(sys.argv[3])) < 2 and time.monotonic() < deadline:
            time.sleep(0.001)
_output.write_file = write_then_wait
sys.exit(main(["build", sys.argv[1], "--out", sys.argv[2]]))
"""


def test_two_builds_at_once_into_a_missing_out_both_succeed(tmp_path):
    # Issue 16, hostile 10: the second rename failed with "Directory not empty".
    import subprocess
    import sys

    path = write_site(tmp_path / "site")
    assets.assets(load_config(path))  # compile once here, so both processes take as long
    for round_ in range(3):
        out = tmp_path / ("out%d" % round_) / "chatkit"
        barrier = tmp_path / ("barrier%d" % round_)
        barrier.mkdir()
        runs = [subprocess.Popen([sys.executable, "-c", BUILD_TWICE, str(path), str(out),
                                  str(barrier)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
                for _ in range(2)]
        results = [(run.wait(timeout=120), run.stderr.read().decode()) for run in runs]
        for run in runs:
            run.stdout.close()
            run.stderr.close()
        assert [code for code, _ in results] == [0, 0], results
        assert sorted(p.name for p in out.iterdir()) == sorted(
            json.loads((out / assets.MANIFEST).read_bytes())["files"] + [assets.MANIFEST])
        assert [p.name for p in out.parent.iterdir()] == ["chatkit"]  # no temporary folder


# -- the precompiled bundle, as build ships it ----------------------------------------------


@pytest.fixture
def stale_copy(tmp_path, monkeypatch):
    """Point chatkit.build.precompiled at a copy of the v1 file; returns a function that
    edits it."""
    copy = tmp_path / _precompiled.file_name("v1")
    copy.write_bytes(_precompiled.path("v1").read_bytes())
    monkeypatch.setattr(_precompiled, "path", lambda api: copy)

    def edit(old, new):
        copy.write_bytes(copy.read_bytes().replace(old, new, 1))

    return edit


@pytest.mark.parametrize("old, new, why", [
    (b'"brython":"sha384-', b'"brython":"sha384-X', "was compiled for another brython.js"),
    (b'"sources":"', b'"sources":"0', "is older than chatkit's sources"),
    (b'"modules":["chatkit",', b'"modules":["chatkit","os",', "is older than chatkit's sources"),
    (b"// chatkit-precompiled {", b"// chatkit-precompiled [", "was compiled for another brython"),
])
def test_bundle_falls_back_to_python_and_the_full_runtime_when_the_file_is_not_current(
        stale_copy, old, new, why, config, tmp_path, capsys):
    stale_copy(old, new)
    content, stale = assets.precompiled_bundle("v1")
    assert content is None and stale.startswith("chatkit-browser-v1.js %s" % why)
    built = assets.assets(config)
    assert built[1].content == assets.source_bundle_asset("v1").content
    assert not built.light  # Python source needs the compiler in the page
    assert assets.python_assets(config)["scripts"][1]["integrity"] == \
        assets.source_bundle_asset("v1").integrity
    assert main(["build", str(config.path), "--out", str(tmp_path / "out")]) == 0
    assert "chatkit: warning: chatkit-browser-v1.js %s" % why in capsys.readouterr().err


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_bundle_falls_back_to_python_when_the_precompiled_file_is_missing(tmp_path, monkeypatch,
                                                                          api):
    monkeypatch.setattr(_precompiled, "path", lambda api: tmp_path / "nothing.js")
    assert assets.precompiled_bundle(api) == (None, "chatkit-browser-%s.js is missing" % api)
    assert assets.bundle_asset(api).content == assets.source_bundle_asset(api).content
    config = load_config(write_site(tmp_path, chat=V2_CHAT if api == "v2" else ""))
    assert assets.assets(config)[1].content == assets.source_bundle_asset(api).content


@pytest.mark.parametrize("content, why", [
    (None, "brython-runtime.js is missing"),
    (b"// a title\n// chatkit-runtime {\"brython\":\"sha384-X\"}\n;\n",
     "brython-runtime.js was cut from another brython.js"),
])
def test_runtime_falls_back_to_brython_js_when_its_cut_is_not_current(
        tmp_path, monkeypatch, config, content, why):
    copy = tmp_path / runtime.FILE_NAME
    if content is not None:
        copy.write_bytes(content)
    monkeypatch.setattr(runtime, "path", lambda: copy)
    built = assets.assets(config)
    assert not built.light and built[0].content == runtime.installed_brython()
    assert built.notes == [assets.STALE_RUNTIME % why]
