"""How much CPU an idle `chatkit serve` takes on a big config (issue 10).

Writes a config of about --megabytes MB (many `[variables]` entries: valid, so the
preview renders its snippet), starts `chatkit serve` on it, lets it settle, then
reads the process's CPU time (Linux /proc) over --seconds with no request and no
change, and prints the share of one core it used.

    python benchmarks/preview_idle.py [--megabytes 1.8] [--seconds 10]

A figure to compare before and after a change, not a test: it asserts nothing.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHAT = """\
[chat]
uuid = "script_0123456789abcdef01234567.89012345"
tenant = "ZXhhbXBsZTAx"
channel = "Customer Support"
domain = "https://vcc-na1.8x8.com"

[variables]
"""
LINE = '"field_%06d" = "a value long enough to make the file big, as pasted by someone"\n'


def write_config(folder, megabytes):
    """A valid config of about `megabytes` MB; its path."""
    count = int(megabytes * 1_000_000 / len(LINE % 0))
    path = Path(folder) / "chat.toml"
    path.write_text(CHAT + "".join(LINE % n for n in range(count)), encoding="utf-8")
    return path


def cpu_seconds(pid):
    """User + system CPU seconds of process `pid` so far (Linux /proc)."""
    fields = Path("/proc/%d/stat" % pid).read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def idle_share(config, seconds, settle=3.0):
    """The share of one core `chatkit serve config` uses while nothing happens."""
    process = subprocess.Popen([sys.executable, "-m", "chatkit", "serve", str(config),
                                "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        process.stdout.readline()  # "Previewing ... at http://localhost:PORT/"
        time.sleep(settle)
        before, start = cpu_seconds(process.pid), time.monotonic()
        time.sleep(seconds)
        return (cpu_seconds(process.pid) - before) / (time.monotonic() - start)
    finally:
        process.terminate()
        process.wait(timeout=10)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--megabytes", type=float, default=1.8)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        config = write_config(folder, args.megabytes)
        share = idle_share(config, args.seconds)
        print("idle chatkit serve, %.2f MB config, %.0f s: %.1f%% of one core"
              % (config.stat().st_size / 1e6, args.seconds, share * 100))


if __name__ == "__main__":
    main()
