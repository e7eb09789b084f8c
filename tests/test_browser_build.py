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

from chatkit.build import _output, assets, bundle, compiled, engine, precompile, runtime
from chatkit.build import precompiled as _precompiled
from chatkit.cli import main
from chatkit.config import load_config

CHATKIT = Path(bundle.__file__).resolve().parent.parent
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
}
V1_ONLY = {"chatkit.browser._v1"}
V2_ONLY = {"chatkit.browser._v2", "chatkit.rules.variables", "chatkit.rules.chatapp"}


@pytest.mark.parametrize("api, own, other", [("v1", V1_ONLY, V2_ONLY), ("v2", V2_ONLY, V1_ONLY)])
def test_each_versions_bundle_holds_chatkit_browser_its_adapter_and_the_core_they_import(
        api, own, other):
    modules = set(bundle.bundle_modules(api))
    assert modules == SHARED_MODULES | own
    assert not modules & other
    assert bundle.adapter_module(api) in own


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_bundle_modules_import_nothing_brython_cannot_load_without_its_stdlib(api):
    modules = bundle.bundle_modules(api)
    others = {bundle.adapter_module(other) for other in ("v1", "v2") if other != api}
    for name, module in modules.items():
        if name == "chatkit":
            continue  # replaced by bundle.BUNDLE_INIT in the bundle
        outside = {m for m in imports_of(module.path) if m != "chatkit" and m not in modules}
        allowed = {"browser", "javascript"} if name == bundle.BRIDGE else set()
        if name == "chatkit.browser._chat":
            allowed |= others  # imported by chat.api, in a function: never in this page
        assert outside <= allowed, "%s imports %s" % (name, sorted(outside - allowed))


def test_every_browser_module_but_the_fakes_is_in_a_bundle_and_each_adapter_in_one():
    shipped = {"chatkit.browser." + p.stem for p in (CHATKIT / "browser").glob("_*.py")
               if p.stem != "__init__"}
    v1, v2 = set(bundle.bundle_modules("v1")), set(bundle.bundle_modules("v2"))
    assert shipped <= v1 | v2
    assert shipped - (v1 & v2) == {"chatkit.browser._v1", "chatkit.browser._v2"}
    assert not {"chatkit.browser.fakebus", "chatkit.browser.fakechatapp"} & (v1 | v2)


def test_the_other_versions_adapter_is_where_the_walk_stops():
    # _chat imports both adapters (in a function); each version's walk follows only its own.
    chat = bundle.bundle_modules("v1")["chatkit.browser._chat"]
    assert {"chatkit.browser._v1", "chatkit.browser._v2"} <= set(chat.chatkit_imports())
    assert "chatkit.browser._v2" not in chat.chatkit_imports(bundle.bundle_modules("v1"))
    assert "chatkit.browser._v1" not in chat.chatkit_imports(bundle.bundle_modules("v2"))


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
    assert built[0].content == runtime.path().read_bytes()
    assert built[1].content == _precompiled.path("v1").read_bytes()
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
    assert built[1].content == _precompiled.path("v2").read_bytes()
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


def test_build_without_the_engine_is_todays_and_says_how_to_get_the_faster_one(config, no_engine):
    built = assets.assets(config)
    assert not built.light and built[0].content == runtime.installed_brython()
    assert built.boot == {"python": "from chatkit.browser import _bridge\n"
                                    "_bridge.run('hooks', api='v1')\n"}
    assert "B.precompiled" not in built[2].content.decode("ascii")
    assert built.notes == [assets.ENGINE_NOTE]
    assert "`pip install mini-racer` (chatkit's [fast] extra) compiles them" in \
        assets.ENGINE_NOTE


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
                        "boot": python["boot"]}


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
