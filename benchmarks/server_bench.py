"""`chatkit server`'s budgets (SPEC 9), measured in one run on this machine:

1. `/v1/status` throughput and latency (p50, p99) at 1 and at 50 concurrent clients, against a
   bare Starlette JSON endpoint served the same way (uvicorn, one process, the same socket
   options, no access log), in paired, alternating rounds; budget: p99 at most 2 × the bare
   endpoint's.
2. The 8x8 calls made over a full-load run (50 clients, `--full-seconds`, 60 by default): at
   most one per cache period per resource (statistics 10 s, the schedule 60 s, the schedule's
   id by name an hour), with one instance, and with two instances sharing a Redis (a
   redis-server of the benchmark's own, on a free port), the load split between them.

Every server runs in its own process (the emulator of 8x8 too); the load comes from this
process, on asyncio with a minimal HTTP/1.1 keep-alive client: httpx costs more per request
than the servers measured, which would hide their difference.

    python3 benchmarks/server_bench.py [--round-seconds 5] [--pairs 3] [--full-seconds 60]

It prints Markdown and writes benchmarks/results/server_bench.json.
"""

import argparse
import asyncio
import json
import math
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TENANT = "ExampleTenant"
DATA_TOKEN = "d" * 32
ACTION_TOKEN = "a" * 32
ORIGIN = "https://www.example.com"
PERIODS = {"stats": 10.0, "schedule": 60.0, "schedule-id": 3600.0}
BARE_BODY = {"open": True, "state": "open", "next_change": "2026-12-07T18:00:00Z",
             "agents_available": 4, "waiting": 0, "wait": "short", "stale": False,
             "as_of": "2026-12-07T15:16:04Z"}
CONFIG = """\
[chat]
domain = "%s"

[server]
url = "https://chat-status.example.com"
origins = ["https://www.example.com"]
schedule = "Support hours"
queues = [101, 102]
"""


# --- the servers, each in its own process ---------------------------------------------------

def serve(kind, port, emulator_url=None, store="memory"):
    import uvicorn
    from starlette.applications import Starlette
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from chatkit.server.serving import listen

    if kind == "bare":
        async def status(request):
            return JSONResponse(BARE_BODY, headers={"Vary": "Origin",
                                                    "Access-Control-Allow-Origin": ORIGIN,
                                                    "Cache-Control": "public, max-age=10"})

        app = Starlette(routes=[Route("/v1/status", status)])
    elif kind == "emulator":
        from chatkit.server.emulator import Emulator8x8

        app = Emulator8x8(TENANT, DATA_TOKEN, ACTION_TOKEN).app
    else:
        from chatkit._toml import read_toml
        from chatkit.server import Secrets, check_server_tables
        from chatkit.server.app import create_app

        settings, problems = check_server_tables(read_toml(CONFIG % emulator_url))
        assert settings is not None, problems
        app = create_app(settings, Secrets(TENANT, DATA_TOKEN, ACTION_TOKEN), store=store)
    sock = listen("127.0.0.1", port, "the benchmark")
    uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False,
                                  lifespan="on" if kind == "chatkit" else "off")).run(
        sockets=[sock])


class Process:
    def __init__(self, *arguments):
        self.port = _free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        self.process = subprocess.Popen([sys.executable, __file__, "--serve", arguments[0],
                                         str(self.port), *arguments[1:]])
        deadline = time.monotonic() + 30
        while not _answers(self.port):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("%s did not start" % arguments[0])
            time.sleep(0.05)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            self.process.kill()


def _free_port():
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _answers(port):
    import socket

    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.2):
            return True
    except OSError:
        return False


# --- the load ---------------------------------------------------------------------------------

async def _client(port, path, stop_at, latencies, errors):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    request = ("GET %s HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nOrigin: %s\r\n\r\n"
               % (path, port, ORIGIN)).encode()
    try:
        while time.perf_counter() < stop_at:
            started = time.perf_counter()
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - started)
            if not head.startswith(b"HTTP/1.1 200"):
                errors.append(head.split(b"\r\n")[0].decode())
    finally:
        writer.close()


async def _load(ports, clients, seconds, path="/v1/status"):
    latencies: list[float] = []
    errors: list[str] = []
    stop_at = time.perf_counter() + seconds
    await asyncio.gather(*(_client(ports[i % len(ports)], path, stop_at, latencies, errors)
                           for i in range(clients)))
    return latencies, errors


def load(ports, clients, seconds):
    return asyncio.run(_load(ports, clients, seconds))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(math.ceil(fraction * len(ordered))) - 1)]


# --- the measurements -------------------------------------------------------------------------

def latency(round_seconds, pairs):
    emulator = Process("emulator")
    bare, chatkit = Process("bare"), Process("chatkit", emulator.url)
    results = {}
    try:
        load([chatkit.port], 1, 1.0)  # the first 8x8 answers, and warm both
        load([bare.port], 1, 1.0)
        for clients in (1, 50):
            samples = {"bare": [], "chatkit": []}
            errors = []
            for pair in range(pairs):
                order = (("bare", bare), ("chatkit", chatkit))
                for name, target in order if pair % 2 == 0 else order[::-1]:
                    got, failed = load([target.port], clients, round_seconds)
                    samples[name].append(got)
                    errors += failed
            results[clients] = {name: _summary(rounds, round_seconds)
                                for name, rounds in samples.items()}
            results[clients]["p99_ratio"] = (results[clients]["chatkit"]["p99_ms"]
                                             / results[clients]["bare"]["p99_ms"])
            results[clients]["errors"] = sorted(set(errors))
    finally:
        for process in (bare, chatkit, emulator):
            process.stop()
    return results


def _summary(rounds, round_seconds):
    values = [v for r in rounds for v in r]
    return {"requests": len(values),
            "per_second": len(values) / (round_seconds * len(rounds)),
            "p50_ms": statistics.median(values) * 1000,
            "p99_ms": percentile(values, 0.99) * 1000}


def calls(instances, seconds, redis_url=None):
    import httpx

    emulator = Process("emulator")
    servers = [Process("chatkit", emulator.url, redis_url or "memory")
               for _ in range(instances)]
    try:
        started = time.monotonic()
        got, errors = load([s.port for s in servers], 50, seconds)
        elapsed = time.monotonic() - started
        record = httpx.get(emulator.url + "/_emulator/calls").json()
    finally:
        for process in (*servers, emulator):
            process.stop()
    counted: dict[str, dict] = {}
    for call in record["calls"]:
        kind = _kind(call["path"])
        entry = counted.setdefault(call["path"], {"kind": kind, "calls": 0,
                                                  "period_s": PERIODS[kind]})
        entry["calls"] += 1
    for entry in counted.values():
        entry["allowed"] = int(elapsed // entry["period_s"]) + 1
    return {"instances": instances, "seconds": round(elapsed, 1), "requests": len(got),
            "per_second": len(got) / seconds, "errors": sorted(set(errors)),
            "violations": record["violations"], "resources": counted,
            "met": all(e["calls"] <= e["allowed"] for e in counted.values())
            and not record["violations"]}


def _kind(path):
    if "/rtstats/" in path:
        return "stats"
    return "schedule-id" if "schedulesbyname" in path else "schedule"


class Redis:
    def __init__(self):
        if shutil.which("redis-server") is None:
            raise SystemExit("redis-server is not installed (apt-get install redis-server)")
        self.port = _free_port()
        self.folder = tempfile.mkdtemp()
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.folder], stdout=subprocess.DEVNULL)
        while not _answers(self.port):
            time.sleep(0.05)
        self.url = "redis://127.0.0.1:%d/0" % self.port

    def stop(self):
        self.process.terminate()
        self.process.wait(15)
        shutil.rmtree(self.folder, ignore_errors=True)


def markdown(result):
    lines = ["| `/v1/status`, %s | chatkit server | bare Starlette | p99 ratio (budget ≤ 2) |"
             % "clients", "|---|---|---|---|"]
    for clients in ("1", "50"):
        row = result["latency"][clients]
        lines.append("| %s | %.0f req/s, p50 %.2f ms, p99 %.2f ms | %.0f req/s, p50 %.2f ms, "
                     "p99 %.2f ms | **%.2f** %s |" % (
                         clients, row["chatkit"]["per_second"], row["chatkit"]["p50_ms"],
                         row["chatkit"]["p99_ms"], row["bare"]["per_second"],
                         row["bare"]["p50_ms"], row["bare"]["p99_ms"], row["p99_ratio"],
                         "met" if row["p99_ratio"] <= 2 else "**not met**"))
    lines += ["", "| full load, 50 clients | requests | 8x8 calls per resource (allowed) | |",
              "|---|---|---|---|"]
    for run in result["calls"]:
        shown = ", ".join("%s %d (%d)" % (path.rsplit("/", 2)[-2] + "/" + path.rsplit("/", 1)[-1],
                                          e["calls"], e["allowed"])
                          for path, e in sorted(run["resources"].items()))
        lines.append("| %d instance%s%s, %.0f s | %d (%.0f/s) | %s | %s |" % (
            run["instances"], "s" if run["instances"] > 1 else "",
            " sharing Redis" if run["instances"] > 1 else "", run["seconds"], run["requests"],
            run["per_second"], shown, "met" if run["met"] else "**not met**"))
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--round-seconds", type=float, default=5.0)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--full-seconds", type=float, default=60.0)
    parser.add_argument("--serve", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        kind, port, *rest = args.serve
        serve(kind, int(port), *rest)
        return
    result = {"machine": "%s, %d cores, Python %s" % (platform.processor() or platform.machine(),
                                                      os.cpu_count() or 0,
                                                      platform.python_version()),
              "date": time.strftime("%Y-%m-%d"),
              "load_before": os.getloadavg()[0]}
    result["latency"] = {str(k): v for k, v in latency(args.round_seconds, args.pairs).items()}
    result["calls"] = [calls(1, args.full_seconds)]
    redis = Redis()
    try:
        result["calls"].append(calls(2, args.full_seconds, redis.url))
    finally:
        redis.stop()
    result["load_after"] = os.getloadavg()[0]
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "server_bench.json").write_text(json.dumps(result, indent=2) + "\n")
    print(markdown(result))
    print("\nload average %.1f before, %.1f after; %s" % (result["load_before"],
                                                           result["load_after"],
                                                           result["machine"]))


if __name__ == "__main__":
    main()
