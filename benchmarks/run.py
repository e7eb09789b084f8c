"""chatkit's page-speed benchmark (SPEC 9): is chatkit invisible on a host page, and how fast
does Python run in it?

Paired, rotated loads, in one run, of the same host page (~1 MB of images) with, for each
chat version (v1 and v2, the v2 variants named `...-v2`):

- `stock`: 8x8's own snippet (the Configuration Manager's for v1, webchat-script.md's for v2);
- `static`: chatkit's static snippet;
- `click`: the static snippet with `[chat] load = "click"`: nothing of the chat loads until the
  visitor clicks, and here nobody clicks (the visit ends with the button shown);
- `floor`: the static snippet and the benchmark's hooks written in plain JavaScript, loaded
  after `load` from the asset server as the [python] loader loads its files;
- `today`: the [python] page as commit `--today REF` builds it (its own build code, bundle,
  runtime and loader: Brython today);
- `brython`: the [python] page as this checkout's `chatkit build` makes it, and each step of
  its lean path on the way there (STEPS: the runtime cut to what the page uses, chatkit's
  bundle imported lazily, the fetches started early);
- `micropython`: the same hooks on `[python] runtime = "micropython"`;

cold (a fresh browser context each) and warm (the third visit of one browser profile on
disk, the assets cached `immutable`: V8's code cache serves the scripts), against the
emulators on localhost.  The assets come from a second local server, as from a CDN
(gzip-compressed, `Cache-Control: public, max-age=31536000, immutable`: assets_server.py).

Reported: the time from `load` until the hooks ran, and its ratio to the floor's in the same
round (median and quartiles); the `load` ratio to the stock snippet; Chromium's main-thread
script time at `load` (CDP Performance.getMetrics ScriptDuration); long tasks before and
after `load`; the gzip bytes of each variant's own files; the requests each page made to the
chat's domain; `chatkit snippet` wall time against `python -c "import jinja2"`.  Nothing waits
with Playwright's `wait_for_function`, whose injected script is a main-thread task right after
`load` (BRYTHON.md): the page is polled with plain `evaluate` calls.

    python benchmarks/run.py [--pairs 21] [--today REF] [--only NAME,...] [--out DIR]

Writes latest.json, latest.md and latest.png (matplotlib: benchmarks/requirements.txt) to
--out and prints the Markdown tables.
"""

import argparse
import base64
import gzip
import json
import os
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

from chatkit.build.assets import assets, python_assets
from chatkit.config import parse_config
from chatkit.emulator.serving import pointed_at
from chatkit.snippet import render_snippet
from chatkit.testing import serve
from chatkit.testing.plugin import chromium_launch_args

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_TODAY = "f1f578c"  # main before issue 21: Brython today
IMAGES = 4
IMAGE_SIDE = 256  # 4 noisy 256x256 RGBA PNGs ≈ 1 MB
WARM_VISITS = 3
# The variants whose chat loads only on a click (`[chat] load = "click"`): never clicked here.
ON_CLICK = ("click",)
APIS = ("v1", "v2")
# Each step of the lean Brython path, as a variant of its own: today's page with the files
# of this checkout's build it takes (the runtime cut to what the page uses; then chatkit's
# bundle imported lazily); the step after them, `brython`, is this checkout's build whole
# (its loader fetches the files early too).
STEPS = {"brython-cut": ("brython",), "brython-lazy": ("brython", "chatkit")}
PYTHON = ["today", *STEPS, "brython", "micropython"]  # the [python] variants, per version
HOOKED = ["floor", *PYTHON]  # the variants whose hooks say when they ran
# SPEC 9's budgets for the hooks-ready ratio to the floor: (cold, warm).
BUDGETS = {"brython": (6, 3), "micropython": (4, 3)}

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

# The same hooks in plain JavaScript, for each chat version.
FLOOR_HOOKS = {"v1": """(function (w) {
    var chatkit = w.__chatkit = w.__chatkit || {};
    function send(bus) {
        bus.publish("customer:set-info", {"Page": w.location.pathname, "Benchmark": true});
    }
    if (chatkit.bus) { send(chatkit.bus); } else { chatkit.onBus = send; }
    w.__chatkitHooksRanAt = w.performance.now();
})(window);
""", "v2": """(function (w) {
    var chatkit = w.__chatkit = w.__chatkit || {};
    function send(chatApp) {
        chatApp.setCustomerInfo({"Page": w.location.pathname, "Benchmark": true});
    }
    if (chatkit.chatApp) { send(chatkit.chatApp); } else { chatkit.onChatApp = send; }
    w.__chatkitHooksRanAt = w.performance.now();
})(window);
"""}
FLOOR_LOADER = """<script>
addEventListener("load", function () { setTimeout(function () {
    var script = document.createElement("script");
    script.src = %s;
    document.head.appendChild(script);
}, 0); });
</script>
"""

# Builds a [python] page with the build code of another checkout (on PYTHONPATH): its
# snippet and its files, as JSON on stdout.
TODAY_BUILD = """
import base64, json, sys
from pathlib import Path
from chatkit.build.assets import assets, python_assets
from chatkit.config import parse_config
from chatkit.snippet import render_snippet

data, path = json.loads(sys.argv[1]), Path(sys.argv[2])
config = parse_config(data, path)
built = assets(config)
print(json.dumps({"snippet": render_snippet(config, python_assets=python_assets(config,
                                                                               built=built)),
                  "files": {a.name: base64.b64encode(a.content).decode() for a in built}}))
"""

UUID = "script_0123456789abcdef01234567.89012345"

# Records long tasks from the start of navigation.
OBSERVER = """
window.__bench = {longTasks: []};
new PerformanceObserver(function (list) {
    list.getEntries().forEach(function (e) {
        window.__bench.longTasks.push({start: e.startTime, duration: e.duration});
    });
}).observe({type: "longtask", buffered: true});
"""
TIMING = """() => {
    const nav = performance.getEntriesByType("navigation")[0];
    const hooks = window.__chatkitHooksRanAt;
    return {load: nav.loadEventStart, tasks: window.__bench.longTasks,
            hooks: hooks === undefined ? null : hooks};
}"""


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pairs", type=int, default=21, help="rounds of loads (default 21)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    parser.add_argument("--today", metavar="REF", default=DEFAULT_TODAY,
                        help="the commit whose build is today's setup (default %s, main "
                             "before issue 21)" % DEFAULT_TODAY)
    parser.add_argument("--only", help="comma-separated variants (the floor and stock of each "
                        "version come along): for a quick look, not for the README")
    parser.add_argument("--no-warm", action="store_true", help="cold loads only")
    args = parser.parse_args(argv)
    load_before = os.getloadavg()[0]  # the machine is shared: the figures say how busy it was
    with tempfile.TemporaryDirectory() as site:
        site = Path(site)
        write_images(site)
        with serve(site) as base, serve_assets(site / "assets") as asset_url:
            variants = write_pages(site, base, asset_url, args.today, args.only)
            results = measure_pages(base, variants, args.pairs, warm=not args.no_warm)
        results["bytes"] = transfer_bytes(variants)
    results["cli"] = cli_times()
    results.update(pairs=args.pairs, date=time.strftime("%Y-%m-%d"), today=args.today,
                   machine=machine(), load_average=[load_before, os.getloadavg()[0]])
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


def config_data(base, api="v1", asset_base=None, runtime=None, load="page"):
    data = {
        "chat": {"api": api, "uuid": UUID, "tenant": "ZXhhbXBsZTAx",
                 "channel": "Customer Support", **pointed_at(api, base)},
        "customer": {"Plan": "Premium", "Age": 25},
    }
    if load != "page":  # only then: today's commit (--today) has no [chat] load
        data["chat"]["load"] = load
    if api == "v2":
        data["chat"]["channel_uuid"] = "Ab3ULjXFQx-unSA6ebdW8A"
    if asset_base:
        data["python"] = {"hooks": "hooks.py", "asset_base": asset_base}
        if runtime:
            data["python"]["runtime"] = runtime
    return data


def named(name, api):
    return name if api == "v1" else name + "-v2"


def write_pages(site, base, asset_url, today, only=None):
    """The host pages; returns {variant: {"api", "snippet", "files": [paths]}}."""
    (site / "hooks.py").write_text(HOOKS, encoding="utf-8")
    wanted = set(only.split(",")) if only else None
    variants = {}
    for api in APIS:
        chosen = [name for name in ["stock", "static", *ON_CLICK, *HOOKED]
                  if wanted is None or name in ("stock", "floor") or named(name, api) in wanted
                  or name in wanted]
        for name in chosen:
            variants[named(name, api)] = page_variant(name, api, site, base, asset_url, today)
    for name, variant in variants.items():
        (site / (name + ".html")).write_text(host_page(variant["snippet"], name), "utf-8")
    return variants


def page_variant(name, api, site, base, asset_url, today):
    folder = site / "assets" / named(name, api)
    if name == "stock":
        snippet = STOCK_SNIPPET.format(uuid=UUID, domain=base) if api == "v1" else \
            STOCK_V2_SNIPPET.format(uuid=UUID, domain=base,
                                    discovery_url=pointed_at("v2", base)["discovery_url"])
        return {"api": api, "snippet": snippet, "files": []}
    static = render_snippet(parse_config(config_data(base, api), site / "chat.toml"))
    if name == "static":
        return {"api": api, "snippet": static, "files": []}
    if name in ON_CLICK:
        click = render_snippet(parse_config(config_data(base, api, load="click"),
                                            site / "chat.toml"))
        return {"api": api, "snippet": click, "files": []}
    folder.mkdir(parents=True)
    if name == "floor":
        hooks = folder / "hooks.js"
        hooks.write_text(FLOOR_HOOKS[api], encoding="utf-8")
        url = "%s/%s/hooks.js" % (asset_url, folder.name)
        return {"api": api, "snippet": static + FLOOR_LOADER % json.dumps(url),
                "files": [hooks]}
    data = config_data(base, api, "%s/%s/" % (asset_url, folder.name),
                       "micropython" if name == "micropython" else None)
    if name == "today":
        return today_variant(data, site, folder, today, api)
    config = parse_config(data, site / "chat.toml")
    built = assets(config)
    if name in STEPS:
        return step_variant(STEPS[name], built, site, folder, today, api, data)
    for asset in built:
        (folder / asset.name).write_bytes(asset.content)
    return {"api": api, "snippet": render_snippet(config, python_assets=python_assets(
        config, built=built)), "files": [folder / asset.name for asset in built]}


def step_variant(taken, built, site, folder, today, api, data):
    """Today's page, with the files of `built` whose stems are `taken` in place of its own."""
    page = today_variant(data, site, folder, today, api)
    snippet, files = page["snippet"], []
    ours = {asset.name.split(".")[0]: asset for asset in built}
    for path in page["files"]:
        stem = path.name.split(".")[0]
        if stem in taken:
            new = ours[stem]
            content = path.read_bytes()
            snippet = snippet.replace(path.name, new.name).replace(
                sri(content), new.integrity)
            path.unlink()
            path = folder / new.name
            path.write_bytes(new.content)
        files.append(path)
    return {"api": api, "snippet": snippet, "files": files}


def sri(content):
    import hashlib

    return "sha384-" + base64.b64encode(hashlib.sha384(content).digest()).decode()


def today_variant(data, site, folder, ref, api):
    """The [python] page as commit `ref` built it, with its own code."""
    with tempfile.TemporaryDirectory() as checkout:
        archive = subprocess.run(["git", "archive", ref], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", checkout], input=archive, check=True)
        # That commit's chatkit, from its own sources (static/ and templates/ beside it).
        env = dict(os.environ, PYTHONPATH=checkout)
        done = subprocess.run([sys.executable, "-c", TODAY_BUILD, json.dumps(data),
                               str(site / "chat.toml")], cwd=checkout, env=env, check=True,
                              capture_output=True, text=True)
    built = json.loads(done.stdout)
    files = []
    for name, content in built["files"].items():
        (folder / name).write_bytes(base64.b64decode(content))
        files.append(folder / name)
    return {"api": api, "snippet": built["snippet"], "files": files}


def measure_pages(base, variants, pairs, warm=True):
    names = list(variants)
    hooked = [name for name in names if name.split("-v2")[0] in HOOKED]
    cold = {name: [] for name in names}
    warm_runs = {name: [] for name in hooked} if warm else {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_args())
        version = browser.version
        for name in names:  # warm the servers, the binary and the OS caches
            load_once(new_context(browser), base, name)
        for pair in range(pairs):
            order = names[pair % len(names):] + names[:pair % len(names)]  # rotated
            for name in order if pair % 2 == 0 else order[::-1]:
                cold[name].append(load_once(new_context(browser), base, name))
            if warm:
                turn = pair % len(hooked)
                for name in hooked[turn:] + hooked[:turn]:
                    warm_runs[name].append(warm_visit(playwright, base, name))
            print("round %d of %d" % (pair + 1, pairs), file=sys.stderr)
        browser.close()
    return {"samples": cold, "warm_samples": warm_runs, "chromium": version,
            "cold": summary(cold, variants), "warm": summary(warm_runs, variants)}


def warm_visit(playwright, base, name):
    """The last of WARM_VISITS visits in one profile on disk, as a visitor's (V8 caches code
    from the second visit on and uses it from the third; a profile in memory keeps none)."""
    with tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(profile,
                                                                **chromium_launch_args())
        context.add_init_script(OBSERVER)
        try:
            for _ in range(WARM_VISITS - 1):
                load_once(context, base, name, close=False)
            return load_once(context, base, name, close=False)
        finally:
            context.close()


def new_context(browser):
    """A browser profile of its own (a cold cache), recording long tasks on every page."""
    context = browser.new_context()
    context.add_init_script(OBSERVER)
    return context


def load_once(context, base, name, close=True):
    """One visit in `context`: timings and long tasks."""
    page = context.new_page()
    chat_requests = []
    page.on("request", lambda request: to_the_chat(request.url, base)
            and chat_requests.append(request.url))
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.goto("%s/%s.html" % (base, name), wait_until="load")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    if name.split("-v2")[0] in HOOKED:
        poll(page, "window.__chatkitHooksRanAt !== undefined")
    if name.split("-v2")[0] in ON_CLICK:  # nobody clicks: the page stays as `load` left it
        poll(page, "!!document.querySelector('.chatkit-chat-button')")
    else:
        poll(page, "!!(window.__8x8Emulator && window.__8x8Emulator.state().customerInfo)")
    time.sleep(0.3)  # let tasks right after the hooks be observed
    timing = page.evaluate(TIMING)
    page.close()
    if close:
        context.close()
    return sample(timing, metrics, len(chat_requests))


def to_the_chat(url, base):
    """A request to the chat's domain (the local server here): its scripts, windows, images,
    sessions and v2's discovery, never the host page or its images."""
    return url.startswith(base + "/") and ("/CHAT/" in url or pointed_at("v2", base)[
        "discovery_url"] in url)


def poll(page, expression, timeout=30):
    """Wait until `expression` is true in the page, by plain evaluate calls (no injected
    script, unlike Playwright's wait_for_function)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise TimeoutError("%s: still false after %d s" % (expression, timeout))
        time.sleep(0.02)


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


def summary(samples, variants):
    """Per variant: medians of each measure, and the per-round ratios (median and quartiles)
    of `load` to the stock snippet's and of hooks-ready to the floor's (paired rounds)."""
    result = {}
    for name, runs in samples.items():
        if not runs:
            continue
        api = variants[name]["api"]
        keys = [k for k in runs[0] if runs[0][k] is not None]
        result[name] = {k: statistics.median(run[k] for run in runs) for k in keys}
        for key, base, measure in (("load_vs_stock", named("stock", api), "load_ms"),
                                   ("hooks_vs_floor", named("floor", api),
                                    "hooks_after_load_ms")):
            if base in samples and base != name and samples[base]:
                ratios = paired(runs, samples[base], measure)
                if ratios:
                    result[name][key] = spread(ratios)
    return result


def paired(runs, bases, key):
    return [run[key] / base[key] for run, base in zip(runs, bases, strict=True)
            if run[key] is not None and base[key]]


def spread(values):
    """{median, p25, p75, n} of `values`."""
    if len(values) == 1:
        return {"median": values[0], "p25": values[0], "p75": values[0], "n": 1}
    quartiles = statistics.quantiles(values, n=4)
    return {"median": statistics.median(values), "p25": quartiles[0], "p75": quartiles[2],
            "n": len(values)}


def transfer_bytes(variants):
    sizes = {}
    for name, variant in variants.items():
        sizes[name] = {"snippet": gzip_size(variant["snippet"].encode())}
        if variant["files"]:
            sizes[name]["files"] = {p.name: gzip_size(p.read_bytes()) for p in variant["files"]}
            sizes[name]["transfer"] = sum(sizes[name]["files"].values())
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


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return "%d cores, %s" % (os.cpu_count() or 0, cpu)


def report(results, out):
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(results, indent=2, sort_keys=True) + "\n")
    table = markdown(results)
    (out / "latest.md").write_text(table)
    print(table)
    try:
        plot(results, out / "latest.png")
    except ImportError:
        print("(no plot: pip install -r benchmarks/requirements.txt)", file=sys.stderr)


def markdown(results):
    cold, warm, sizes = results["cold"], results["warm"], results["bytes"]
    lines = ["%d rounds of paired, rotated loads, %s; Chromium %s; %s (load average %.1f at "
             "the start, %.1f at the end); today = commit %s."
             % (results["pairs"], results["date"], results["chromium"], results["machine"],
                *results["load_average"], results["today"]), "",
             "| variant | transfer (gzip B) | `load` ÷ stock | long tasks before / after `load` "
             "| hooks ready after `load`, cold | ÷ floor, cold | warm | ÷ floor, warm "
             "| requests to the chat's domain |",
             "|---|---|---|---|---|---|---|---|---|"]
    for name in cold:
        row, hot = cold[name], warm.get(name, {})
        transfer = sizes[name].get("transfer")
        lines.append("| %s | %s | %s | %s / %s (%s ms) | %s | %s | %s | %s | %s |" % (
            name, "%d" % transfer if transfer else "snippet %d" % sizes[name]["snippet"],
            ratio(row.get("load_vs_stock")), fmt(row["long_tasks_before_load"]),
            fmt(row["long_tasks_after_load"]), fmt(row["long_task_ms_after_load"], 0),
            ms(row.get("hooks_after_load_ms")), ratio(row.get("hooks_vs_floor"), "×"),
            ms(hot.get("hooks_after_load_ms")), ratio(hot.get("hooks_vs_floor"), "×"),
            fmt(row.get("chat_requests"), 0)))
    lines += ["", "Script time at `load` (ms, median): " + ", ".join(
        "%s %.1f" % (name, cold[name]["script_ms_at_load"]) for name in cold), ""]
    cli = results["cli"]
    lines += ["`chatkit snippet`: %.0f ms; `python -c \"import jinja2\"`: %.0f ms (× %.2f)"
              % (cli["chatkit snippet ms"], cli["import jinja2 ms"],
                 cli["chatkit snippet ms"] / cli["import jinja2 ms"]), ""]
    return "\n".join(lines)


def ratio(value, unit=""):
    if not value:
        return "–"
    return "%s%.2f (%.2f–%.2f)" % (unit, value["median"], value["p25"], value["p75"])


def ms(value):
    return "–" if value is None else "%.0f ms" % value


def fmt(value, digits=1):
    if value is None:
        return "–"
    return ("%." + str(digits) + "f") % value if isinstance(value, float) else str(value)


def plot(results, path):
    """Per chat version, each [python] variant's hooks-ready ratio to the floor, every round,
    cold and warm, with SPEC 9's budgets."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    samples, warm = results["samples"], results["warm_samples"]
    figure, axes = plt.subplots(1, len(APIS), figsize=(12, 5), sharey=True)
    for axis, api in zip(axes, APIS, strict=True):
        floor = named("floor", api)
        names = [named(name, api) for name in PYTHON if named(name, api) in samples]
        data, labels = [], []
        for name in names:
            for kind, runs, bases in (("cold", samples, samples), ("warm", warm, warm)):
                if runs.get(name) and bases.get(floor):
                    data.append(paired(runs[name], bases[floor], "hooks_after_load_ms"))
                    labels.append("%s\n%s" % (name.replace("-v2", "").replace("-", "-\n"),
                                               kind))
        if data:
            axis.boxplot(data, tick_labels=labels, showfliers=True)
        for runtime, (cold_budget, _) in BUDGETS.items():
            axis.axhline(cold_budget, linestyle="--", linewidth=0.8,
                         color="tab:red" if runtime == "brython" else "tab:blue",
                         label="%s budget, cold (× %d)" % (runtime, cold_budget))
        axis.axhline(3, linestyle=":", linewidth=0.8, color="gray", label="budget, warm (× 3)")
        axis.set_title("%s page" % api)
        axis.tick_params(axis="x", labelsize=7)
        axis.set_ylabel("hooks ready after load ÷ the plain-JS floor (same round)")
        axis.legend(fontsize=7)
    figure.suptitle("chatkit [python] pages, %d paired rounds, %s (Chromium %s)"
                    % (results["pairs"], results["date"], results["chromium"]))
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)


if __name__ == "__main__":
    main()
