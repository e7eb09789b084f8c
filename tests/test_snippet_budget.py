"""SPEC 9's size budget of the static snippet, for every `[chat] load` and both chat versions:
at most 1.5 KB gzip more than the stock snippet of its version, measured as the benchmark
measures it (benchmarks/run.py: the same stock snippets, configs and gzip)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
import run as benchmark  # noqa: E402 - benchmarks/ is not a package

from chatkit.config import parse_config  # noqa: E402
from chatkit.snippet import render_snippet  # noqa: E402

BUDGET = 1536  # bytes: "≤ 1.5 KB gzip more"
BASE = "https://vcc-na7.8x8.com"
STOCK = {
    "v1": benchmark.STOCK_SNIPPET.format(uuid=benchmark.UUID, domain=BASE),
    "v2": benchmark.STOCK_V2_SNIPPET.format(uuid=benchmark.UUID, domain=BASE,
                                            discovery_url=BASE + "/discovery"),
}


@pytest.mark.parametrize("fallback", [False, True], ids=["", "fallback"])
@pytest.mark.parametrize("load", ["page", "click", "consent"])
@pytest.mark.parametrize("api", ["v1", "v2"])
def test_the_static_snippet_is_at_most_1_5_kb_gzip_more_than_the_stock_one(api, load,
                                                                             fallback):
    data = benchmark.config_data(BASE, api=api)
    data["chat"]["load"] = load
    if fallback:
        data["fallback"] = {"text": "Chat is unavailable right now.",
                            "link": "mailto:support@example.com"}
    snippet = render_snippet(parse_config(data, "chat.toml"))
    extra = (benchmark.gzip_size(snippet.encode())
             - benchmark.gzip_size(STOCK[api].encode()))
    assert extra <= BUDGET, "%s, load = %s: %d B more" % (api, load, extra)
