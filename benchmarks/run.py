"""chatkit's page-speed benchmark (SPEC 9): is chatkit invisible on a host page?

Paired, rotated cold loads, in one run, of the same host page (~1 MB of images)
with (a) the stock Configuration Manager snippet, (b) chatkit's static snippet,
(c) the static snippet and hooks written in plain JavaScript (the floor),
(d) a `[python]` snippet as `chatkit build` makes it without the [fast] extra
(today's setup: Brython with its compiler, the hooks compiled in the page) and
(e) as it makes it with the extra (everything compiled ahead of time, Brython
without its compiler), and, for Webchat v2, (f) 8x8's stock v2 snippet and
(g) chatkit's static v2 snippet, and (h, i) the static snippets of both versions with
`[chat] load = "click"` (nothing of the chat loads until the visitor clicks; the visit ends
at `load`, unclicked), all against the emulators on localhost.  The assets come
from a second local server, as from a CDN: gzip-compressed, with `Cache-Control:
public, max-age=31536000, immutable` (benchmarks/assets_server.py).  Reports
medians: `load` ratios to (a), Chromium's main-thread script time at `load` (CDP
Performance.getMetrics ScriptDuration), long tasks before and after `load`, the
time from `load` until the hooks ran (and its ratio to the floor and to today's
setup), the requests each page made to the chat's domain, gzip bytes of each
variant's own files; warm visits (the third visit of one browser profile: V8's code
cache serves the runtime); `chatkit snippet` wall time against `python -c "import
jinja2"`.

    python benchmarks/run.py [--pairs 21] [--out benchmarks/results] [--today REF]

Writes `latest.json` and `latest.md` to --out and prints the Markdown table.
"""

import argparse
import gzip
import json
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

from assets_server import serve_assets
from playwright.sync_api import sync_playwright

from chatkit.build.assets import Asset, assets, python_assets
from chatkit.config import parse_config
from chatkit.emulator.serving import pointed_at
from chatkit.snippet import render_snippet
from chatkit.testing import serve
from chatkit.testing.plugin import chromium_launch_args

ROOT = Path(__file__).resolve().parent.parent
IMAGES = 4
IMAGE_SIDE = 256  # 4 noisy 256x256 RGBA PNGs ≈ 1 MB
PYTHON = ("today", "python")  # the [python] variants: without and with the [fast] extra
HOOKED = ("floor",) + PYTHON  # the variants whose hooks report when they ran
WARM_VISITS = 3
# The variants whose chat loads only on a click (`[chat] load = "click"`): never clicked here.
ON_CLICK = ("click", "click-v2")

STOCK_SNIPPET = """<div id="__8x8-chat-button-container-{uuid}"></div>
<script type="text/javascript">
    var __8x8Chat = {{
        uuid: "{uuid}",
        tenant: "ZXhhbXBsZTAx",
        channel: "Customer Support",
        domain: "{domain}",
        path: "/.",
        buttonContainerId: "__8x8-chat-button-container-{uuid}",
        align: "right"
    }};

    (function() {{
        var se = document.createElement("script");
        se.type = "text/javascript";
        se.async = true;
        se.src = window.__8x8Chat.domain + window.__8x8Chat.path + "/CHAT/common/js/chat.js";

        var os = document.getElementsByTagName("script")[0];
        os.parentNode.insertBefore(se, os);
    }})();
</script>
"""

# 8x8's v2 snippet as webchat-script.md gives it (made-up identifiers), its discovery request
# sent to the local server.
STOCK_V2_SNIPPET = """<div id="__8x8-chat-button-container-{uuid}"></div>
<script type="text/javascript">
(function(c, f, ef){{
    var typeofC = Object.prototype.toString.call(c);
    var props = (typeofC === '[object Object]' && c) || {{}};
    var cb = f || (typeofC === '[object Function]' && c);
    var config = {{
        scriptUuid: "{uuid}",
        tenant: "ZXhhbXBsZTAx",
        channelName: "Customer Support",
        channelUuid: "Ab3ULjXFQx-unSA6ebdW8A",
        domain: "{domain}",
        buttonContainerId: "__8x8-chat-button-container-{uuid}",
        align: "right",
    }};

    var url = new URL("{discovery_url}");
    var params = {{ domain: config.domain, tenant: config.tenant, channelUuid: config.channelUuid }};
    url.search = new URLSearchParams(params).toString();
    fetch(url)
        .then(response => response.json())
        .then(data => config.domain = !data.domain ? config.domain : data.domain)
        .catch(error => console.warn('Failed to retrieve override domain, will continue using ', config.domain, error))
        .finally(() => loadChat());

    function loadChat() {{
        var se = document.createElement("script");
        se.type = "text/javascript";
        se.async = true;
        se.src = props.loaderURL || (config.domain + "/CHAT/common/js/chatv3.js");
        Object.keys(config).forEach(function (k) {{ se.dataset[k] = config[k] }});
        Object.keys(props).forEach(function (k) {{ se.dataset[k] = props[k] }});
        function handleInitEvent(e) {{
            var initFn = e.detail.init;
            initFn(config, cb);
            se.removeEventListener('init', handleInitEvent)
        }}
        function handleErrorEvent(e) {{
            ef && ef(e);
            se.removeEventListener('customerror', handleErrorEvent);
        }}
        se.addEventListener('init', handleInitEvent);
        se.addEventListener('customerror', handleErrorEvent);
        var os = document.getElementsByTagName("script")[0];
        os.parentNode.insertBefore(se, os);
    }}
}})();
</script>
"""  # noqa: E501 (8x8's text as it is)

HOOKS = """from browser import window
from chatkit.browser import chat

chat.customer.set_info({"Page": window.location.pathname, "Benchmark": True})
window.__chatkitHooksRanAt = window.performance.now()
"""

# The same hooks in plain JavaScript, loaded as the [python] loader loads its files: after
# `load`, from the asset server.
FLOOR_HOOKS = """(function (w) {
    var chatkit = w.__chatkit = w.__chatkit || {};
    function send(bus) {
        bus.publish("customer:set-info", {"Page": w.location.pathname, "Benchmark": true});
    }
    if (chatkit.bus) { send(chatkit.bus); } else { chatkit.onBus = send; }
    w.__chatkitHooksRanAt = w.performance.now();
})(window);
"""
FLOOR_LOADER = """<script>
addEventListener("load", function () { setTimeout(function () {
    var script = document.createElement("script");
    script.src = %s;
    document.head.appendChild(script);
}, 0); });
</script>
"""

# The boot of today's setup (before issue 12), for a --today bundle: its bridge takes no
# chat version.
TODAY_BOOT = "from chatkit.browser import _bridge\n_bridge.run('hooks')\n"

UUID = "script_0123456789abcdef01234567.89012345"

# Records long tasks and the `load` moment from the start of navigation.
OBSERVER = """
window.__bench = {longTasks: []};
new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) {
        window.__bench.longTasks.push({start: e.startTime, duration: e.duration});
    });
}).observe({type: "longtask", buffered: true});
"""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=21, help="rounds of loads (default 21)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    parser.add_argument("--today", metavar="REF", help="take today's chatkit bundle from this "
                        "git commit of the checkout (default: the bundle as built now)")
    args = parser.parse_args(argv)
    today_bundle = git_file(args.today, "static/chatkit-browser.js") if args.today else None
    with tempfile.TemporaryDirectory() as site:
        site = Path(site)
        write_images(site)
        with serve(site) as base, serve_assets(site / "assets") as assets:
            variants = write_pages(site, base, assets, today_bundle)
            results = measure_pages(base, variants, args.pairs)
        results["bytes"] = asset_bytes(site, variants)
    results["cli"] = cli_times()
    results["pairs"] = args.pairs
    results["date"] = time.strftime("%Y-%m-%d")
    results["today"] = args.today or "this checkout's bundle"
    report(results, Path(args.out))


def write_images(site):
    for index in range(IMAGES):
        (site / ("image%d.png" % index)).write_bytes(noise_png(IMAGE_SIDE, seed=index))


def noise_png(side, seed):
    """An incompressible PNG, so the page really carries ~1 MB of images."""
    raw = bytearray()
    state = seed * 2654435761 + 1
    for _ in range(side):
        raw.append(0)
        for _ in range(side * 4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            raw.append(state >> 16 & 0xFF)

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", side, side, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 1)) + chunk(b"IEND", b""))


def host_page(snippet, title):
    images = "\n".join('<img src="/image%d.png" width="256" height="256" alt="">' % i
                       for i in range(IMAGES))
    return ("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>%s</title></head>\n"
            "<body><h1>A host page</h1>\n%s\n<p>Some text.</p>\n%s\n</body></html>\n"
            % (title, images, snippet))


def config_data(base, asset_base=None, api="v1", load="page"):
    data = {
        "chat": {"api": api, "uuid": UUID, "tenant": "ZXhhbXBsZTAx",
                 "channel": "Customer Support", "load": load, **pointed_at(api, base)},
        "customer": {"Plan": "Premium", "Age": 25},
    }
    if api == "v2":
        data["chat"]["channel_uuid"] = "Ab3ULjXFQx-unSA6ebdW8A"
    if asset_base:
        data["python"] = {"hooks": "hooks.py", "asset_base": asset_base}
    return data


def git_file(ref, path):
    return subprocess.run(["git", "show", "%s:%s" % (ref, path)], cwd=ROOT, check=True,
                          capture_output=True).stdout


def write_pages(site, base, assets, today_bundle=None):
    """The host pages; returns {variant: [snippet html, its own files in site/assets]}."""
    static = render_snippet(parse_config(config_data(base), site / "chat.toml"))
    static_v2 = render_snippet(parse_config(config_data(base, api="v2"), site / "chat.toml"))
    click, click_v2 = (render_snippet(parse_config(config_data(base, api=api, load="click"),
                                                   site / "chat.toml")) for api in ("v1", "v2"))
    stock_v2 = STOCK_V2_SNIPPET.format(uuid=UUID, domain=base,
                                       discovery_url=pointed_at("v2", base)["discovery_url"])
    floor = site / "assets" / "floor" / "hooks.js"
    floor.parent.mkdir(parents=True)
    floor.write_text(FLOOR_HOOKS, encoding="utf-8")
    variants = {"stock": [STOCK_SNIPPET.format(uuid=UUID, domain=base), []],
                "static": [static, []],
                "floor": [static + FLOOR_LOADER % json.dumps(assets + "/floor/hooks.js"),
                          [floor]],
                "stock-v2": [stock_v2, []], "static-v2": [static_v2, []],
                "click": [click, []], "click-v2": [click_v2, []]}
    (site / "hooks.py").write_text(HOOKS, encoding="utf-8")
    for name in PYTHON:
        variants[name] = python_variant(site, base, assets + "/%s/" % name,
                                        ahead_of_time=name == "python",
                                        bundle=today_bundle if name == "today" else None)
    for name, (snippet, _) in variants.items():
        (site / (name + ".html")).write_text(host_page(snippet, name), encoding="utf-8")
    return variants


def python_variant(site, base, asset_base, ahead_of_time, bundle=None):
    """A [python] page's snippet and files, built into site/assets/<name>/ (with `bundle`
    as the chatkit bundle when given)."""
    config = parse_config(config_data(base, asset_base), site / "chat.toml")
    out = site / "assets" / asset_base.rstrip("/").rsplit("/", 1)[1]
    built = assets(config, ahead_of_time=ahead_of_time)
    if bundle is not None:
        built.assets[1] = Asset("chatkit", bundle)
        built.boot = {"python": TODAY_BOOT}
    out.mkdir(parents=True)
    for asset in built:
        (out / asset.name).write_bytes(asset.content)
    snippet = render_snippet(config, python_assets=python_assets(config, built=built))
    return [snippet, [out / asset.name for asset in built]]


def measure_pages(base, variants, pairs):
    names = list(variants)
    cold = {name: [] for name in names}
    warm = {name: [] for name in HOOKED}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_args())
        version = browser.version
        load_once(new_context(browser), base, names[0])  # warm the servers and the binary
        for pair in range(pairs):
            order = names[pair % len(names):] + names[:pair % len(names)]  # rotated
            for name in order if pair % 2 == 0 else order[::-1]:
                cold[name].append(load_once(new_context(browser), base, name))
            for name in HOOKED[pair % 3:] + HOOKED[:pair % 3]:
                warm[name].append(warm_visit(playwright, base, name))
        browser.close()
    return {"samples": cold, "medians": medians(cold), "warm": medians(warm),
            "chromium": version}


def warm_visit(playwright, base, name):
    """The last of WARM_VISITS visits in one profile on disk, as a visitor's (V8 caches code
    from the third visit; a profile in memory may keep no code cache)."""
    with tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(profile,
                                                                **chromium_launch_args())
        context.add_init_script(OBSERVER)
        for _ in range(WARM_VISITS - 1):
            load_once(context, base, name, close=False)
        return load_once(context, base, name)


def new_context(browser):
    """A browser profile of its own (a cold cache), recording long tasks on every page."""
    context = browser.new_context()
    context.add_init_script(OBSERVER)
    return context


def load_once(context, base, name, close=True):
    """One visit in `context` (a fresh one: a cold cache): timings and long tasks."""
    page = context.new_page()
    chat_requests = []
    page.on("request", lambda request: _to_the_chat(request.url, base)
            and chat_requests.append(request.url))
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.goto("%s/%s.html" % (base, name), wait_until="load")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    if name in HOOKED:
        page.wait_for_function("window.__chatkitHooksRanAt !== undefined", timeout=30000)
    if name in ON_CLICK:  # the visitor never clicks: the page stays as `load` left it
        page.wait_for_function("document.querySelector('.chatkit-chat-button')", timeout=30000)
    else:
        page.wait_for_function("window.__8x8Emulator && window.__8x8Emulator.state()"
                               ".customerInfo !== undefined", timeout=30000)
    page.wait_for_timeout(300)  # let tasks right after the hooks be observed
    timing = page.evaluate("""() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const hooks = window.__chatkitHooksRanAt;
        return {load: nav.loadEventStart, tasks: window.__bench.longTasks,
                hooks: hooks === undefined ? null : hooks};
    }""")
    page.close()
    if close:
        context.close()
    return sample(timing, metrics, len(chat_requests))


def _to_the_chat(url, base):
    """A request to the chat's domain (the local server here): its scripts, windows, images,
    sessions and v2's discovery, never the host page or its images."""
    return url.startswith(base + "/") and ("/CHAT/" in url or pointed_at("v2", base)[
        "discovery_url"] in url)


def sample(timing, metrics, chat_requests):
    load = timing["load"]
    before = [t for t in timing["tasks"] if t["start"] < load]
    after = [t for t in timing["tasks"] if t["start"] >= load]
    return {
        "load_ms": load,
        "script_ms_at_load": metrics.get("ScriptDuration", 0) * 1000,
        "long_tasks_before_load": len(before),
        "long_task_ms_before_load": sum(t["duration"] for t in before),
        "long_tasks_after_load": len(after),
        "long_task_ms_after_load": sum(t["duration"] for t in after),
        "hooks_after_load_ms": None if timing["hooks"] is None else timing["hooks"] - load,
        "chat_requests": chat_requests,
    }


def medians(samples):
    """Medians per variant, and the medians of per-round ratios (paired loads)."""
    result = {}
    for name, runs in samples.items():
        keys = [k for k in runs[0] if runs[0][k] is not None]
        result[name] = {k: statistics.median(run[k] for run in runs) for k in keys}
    for name, runs in samples.items():
        for key, base in (("load_ratio_vs_stock", _stock_of(name)), ("hooks_vs_floor", "floor"),
                          ("hooks_vs_today", "today")):
            if base in samples and name != base:
                ratio = _paired_ratio(runs, samples[base], "load_ms" if key == "load_ratio_vs_stock"
                                      else "hooks_after_load_ms")
                if ratio is not None:
                    result[name][key] = ratio
    return result


def _stock_of(name):
    """The stock snippet a variant is compared with: 8x8's v2 one for the v2 variants."""
    return "stock-v2" if name.endswith("-v2") else "stock"


def _paired_ratio(runs, bases, key):
    pairs = [(run[key], base[key]) for run, base in zip(runs, bases, strict=True)
             if run[key] is not None and base[key]]
    return statistics.median(a / b for a, b in pairs) if pairs else None


def asset_bytes(site, variants):
    sizes = {name + " snippet": gzip_size(html.encode()) for name, (html, _) in variants.items()}
    for suffix in ("", "-v2"):
        sizes["static%s snippet − stock%s snippet" % (suffix, suffix)] = \
            sizes["static%s snippet" % suffix] - sizes["stock%s snippet" % suffix]
    for name, (_, files) in variants.items():
        for path in files:
            sizes["%s: %s" % (name, path.name)] = gzip_size(path.read_bytes())
        if files:
            sizes["%s: chatkit's transfer" % name] = sum(gzip_size(p.read_bytes())
                                                         for p in files)
    return sizes


def gzip_size(data):
    return len(gzip.compress(data, compresslevel=9, mtime=0))


def cli_times(runs=9):
    config = ROOT / "examples" / "full.toml"
    snippet = [sys.executable, "-m", "chatkit", "snippet", str(config)]
    jinja = [sys.executable, "-c", "import jinja2"]
    return {"chatkit snippet ms": wall_ms(snippet, runs), "import jinja2 ms": wall_ms(jinja, runs)}


def wall_ms(command, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def report(results, out):
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    table = markdown(results)
    (out / "latest.md").write_text(table)
    print(table)


def markdown(results):
    names = list(results["medians"])
    lines = ["Medians of %d rounds of paired, rotated cold loads (localhost, Chromium %s, %s);"
             " today's bundle: %s." % (results["pairs"], results["chromium"], results["date"],
                                       results["today"]), "",
             "| metric | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    metrics = dict.fromkeys(key for name in names for key in results["medians"][name])
    for metric in metrics:
        cells = [fmt(results["medians"][name].get(metric)) for name in names]
        lines.append("| %s | %s |" % (metric, " | ".join(cells)))
    warm = results["warm"]
    lines += ["", "Warm visits (the %s visit of one profile; assets cached `immutable`):"
              % _ordinal(WARM_VISITS), "", "| metric | " + " | ".join(warm) + " |",
              "|---|" + "---|" * len(warm)]
    for metric in ("hooks_after_load_ms", "long_tasks_after_load", "long_task_ms_after_load",
                   "hooks_vs_floor", "hooks_vs_today"):
        lines.append("| %s | %s |" % (metric, " | ".join(fmt(warm[n].get(metric)) for n in warm)))
    lines += ["", "| gzip bytes | |", "|---|---|"]
    lines += ["| %s | %s |" % (name, size) for name, size in results["bytes"].items()]
    cli = results["cli"]
    lines += ["", "`chatkit snippet`: %.0f ms; `python -c \"import jinja2\"`: %.0f ms (× %.2f)"
              % (cli["chatkit snippet ms"], cli["import jinja2 ms"],
                 cli["chatkit snippet ms"] / cli["import jinja2 ms"]), ""]
    return "\n".join(lines)


def _ordinal(number):
    return {1: "first", 2: "second", 3: "third"}.get(number, "%dth" % number)


def fmt(value):
    if value is None:
        return "–"
    return "%.2f" % value if isinstance(value, float) else str(value)


if __name__ == "__main__":
    main()
