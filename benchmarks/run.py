"""chatkit's page-speed benchmark (SPEC 9): is chatkit invisible on a host page?

Paired, alternating cold loads, in one run, of the same host page (~1 MB of
images) with (a) the stock Configuration Manager snippet, (b) a chatkit static
snippet and (c) a chatkit `[python]` snippet, all against the emulator on
localhost.  Reports medians: `load` ratios b/a and c/a, Chromium's main-thread
script time at `load` (CDP Performance.getMetrics ScriptDuration), long tasks
before and after `load`, the time from `load` until the hooks ran, gzip bytes of
each snippet and of every asset chatkit adds, and `chatkit snippet` wall time
against `python -c "import jinja2"`.

    python benchmarks/run.py [--pairs 15] [--out benchmarks/results]

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

from playwright.sync_api import sync_playwright

from chatkit.config import parse_config
from chatkit.snippet import render_snippet
from chatkit.testing import serve
from chatkit.testing.plugin import chromium_launch_args

ROOT = Path(__file__).resolve().parent.parent
IMAGES = 4
IMAGE_SIDE = 256  # 4 noisy 256x256 RGBA PNGs ≈ 1 MB

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

HOOKS = """from browser import window
from chatkit.browser import chat

chat.customer.set_info({"Page": window.location.pathname, "Benchmark": True})
window.__chatkitHooksRanAt = window.performance.now()
"""

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
    parser.add_argument("--pairs", type=int, default=15, help="paired loads (default 15)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as site:
        site = Path(site)
        write_images(site)
        with serve(site) as base:
            variants = write_pages(site, base)
            results = measure_pages(base, variants, args.pairs)
        results["bytes"] = asset_bytes(site, variants)
    results["cli"] = cli_times()
    results["pairs"] = args.pairs
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


def config_data(base, python=False):
    data = {
        "chat": {"uuid": UUID, "tenant": "ZXhhbXBsZTAx", "channel": "Customer Support",
                 "domain": base},
        "customer": {"Plan": "Premium", "Age": 25},
    }
    if python:
        data["python"] = {"hooks": "hooks.py", "asset_base": base + "/chatkit/"}
    return data


def write_pages(site, base):
    """The three host pages; returns {variant: snippet html}."""
    snippets = {"stock": STOCK_SNIPPET.format(uuid=UUID, domain=base)}
    snippets["static"] = render_snippet(parse_config(config_data(base), site / "chat.toml"))
    python = python_snippet(site, base)
    if python is not None:
        snippets["python"] = python
    for name, snippet in snippets.items():
        (site / (name + ".html")).write_text(host_page(snippet, name), encoding="utf-8")
    return snippets


def python_snippet(site, base):
    try:
        from chatkit.build.assets import build_assets, python_assets
    except ImportError:
        print("(python) skipped: this chatkit has no `chatkit build` yet", file=sys.stderr)
        return None
    (site / "hooks.py").write_text(HOOKS, encoding="utf-8")
    config = parse_config(config_data(base, python=True), site / "chat.toml")
    build_assets(config, site / "chatkit")
    return render_snippet(config, python_assets=python_assets(config))


def measure_pages(base, variants, pairs):
    samples = {name: [] for name in variants}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(**chromium_launch_args())
        version = browser.version
        names = list(variants)
        load_once(browser, base, names[0])  # warm the server and the browser binary
        for pair in range(pairs):
            order = names if pair % 2 == 0 else names[::-1]
            for name in order:
                samples[name].append(load_once(browser, base, name))
        browser.close()
    return {"samples": samples, "medians": medians(samples), "chromium": version}


def load_once(browser, base, name):
    context = browser.new_context()  # a cold cache every load
    context.add_init_script(OBSERVER)
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Performance.enable")
    page.goto("%s/%s.html" % (base, name), wait_until="load")
    metrics = {m["name"]: m["value"] for m in cdp.send("Performance.getMetrics")["metrics"]}
    if name == "python":
        page.wait_for_function("window.__chatkitHooksRanAt !== undefined", timeout=15000)
    else:
        page.wait_for_function("window.__8x8Emulator && window.__8x8Emulator.state()"
                               ".customerInfo !== undefined", timeout=15000)
    page.wait_for_timeout(300)  # let tasks right after `load` be observed
    timing = page.evaluate("""() => {
        const nav = performance.getEntriesByType("navigation")[0];
        const hooks = window.__chatkitHooksRanAt;
        return {load: nav.loadEventStart, tasks: window.__bench.longTasks,
                hooks: hooks === undefined ? null : hooks};
    }""")
    context.close()
    return sample(timing, metrics)


def sample(timing, metrics):
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
    }


def medians(samples):
    result = {}
    for name, runs in samples.items():
        keys = [k for k in runs[0] if runs[0][k] is not None]
        result[name] = {k: statistics.median(run[k] for run in runs) for k in keys}
    stock = [run["load_ms"] for run in samples["stock"]]
    for name, runs in samples.items():
        ratios = [run["load_ms"] / base for run, base in zip(runs, stock, strict=True)]
        result[name]["load_ratio_vs_stock"] = statistics.median(ratios)
    return result


def asset_bytes(site, variants):
    sizes = {name + " snippet": gzip_size(html.encode()) for name, html in variants.items()}
    sizes["static snippet − stock snippet"] = sizes["static snippet"] - sizes["stock snippet"]
    assets = site / "chatkit"
    if assets.is_dir():
        for path in sorted(assets.iterdir()):
            sizes[path.name] = gzip_size(path.read_bytes())
        sizes["chatkit transfer (runtime + bundle + hooks)"] = sum(
            gzip_size(p.read_bytes()) for p in assets.iterdir() if p.suffix in (".js", ".py"))
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
    lines = ["Medians of %d paired, alternating cold loads (localhost, Chromium %s)."
             % (results["pairs"], results["chromium"]), "",
             "| metric | " + " | ".join(results["medians"]) + " |",
             "|---|" + "---|" * len(results["medians"])]
    metrics = list(next(iter(results["medians"].values())))
    for metric in metrics + ["hooks_after_load_ms"]:
        cells = [fmt(results["medians"][name].get(metric)) for name in results["medians"]]
        if metric != "hooks_after_load_ms" or any(c != "–" for c in cells):
            lines.append("| %s | %s |" % (metric, " | ".join(cells)))
    lines += ["", "| gzip bytes | |", "|---|---|"]
    lines += ["| %s | %s |" % (name, size) for name, size in results["bytes"].items()]
    cli = results["cli"]
    lines += ["", "`chatkit snippet`: %.0f ms; `python -c \"import jinja2\"`: %.0f ms (× %.2f)"
              % (cli["chatkit snippet ms"], cli["import jinja2 ms"],
                 cli["chatkit snippet ms"] / cli["import jinja2 ms"]), ""]
    return "\n".join(lines)


def fmt(value):
    if value is None:
        return "–"
    return "%.2f" % value if isinstance(value, float) else str(value)


if __name__ == "__main__":
    main()
