"""How `chatkit css` scales on hostile input: is it linear?

Two inputs, each at sizes that double, checked the way `chatkit css FILE` checks a
file (read it, unwrap it, check it; in-process, so Python's start-up is not counted):

- `string`: one unclosed string full of escaped quotes (`content: "\\"\\"\\"...`),
  which made the old reader quadratic (40 KB: 7 s);
- `warnings`: N rules that each give one warning, of three kinds (an unknown
  property, which asks for a "did you mean"; a value the property does not take; a
  selector that matches nothing), which cost about 2.3 ms each;
- `unknown`: N rules with N different unknown properties, each its own "did you mean"
  search (the worst case of the warnings).

For each step it prints the size, the seconds (best of --repeat) and the ratio to
the step before: about 2 per doubling is linear, about 4 is quadratic.  A series
stops once a step takes longer than --budget seconds.

    python benchmarks/css_speed.py [--steps 6] [--repeat 3] [--budget 30]
"""

import argparse
import tempfile
import time
from pathlib import Path

from chatkit.css.stylesheet import file_problems, read_stylesheet

WARNING_RULES = (
    ".title { colr: red }\n",  # unknown property, with "did you mean"
    ".title { color: bluee }\n",  # invalid value
    ".chat-widget { color: red }\n",  # matches nothing in the chat window
)


def unclosed_string(size):
    """A rule whose string never closes: `size` bytes of escaped quotes."""
    return '.title { content: "' + '\\"' * (size // 2)


def many_warnings(count):
    """`count` rules, each with one warning."""
    return "".join(WARNING_RULES[i % len(WARNING_RULES)] for i in range(count))


def distinct_unknown(count):
    """`count` rules, each with another unknown property (a made-up, typo-like name)."""
    return "".join(".title { x%s-colr: red }\n" % _letters(i) for i in range(count))


def _letters(number):
    word = ""
    while True:
        number, digit = divmod(number, 26)
        word += chr(ord("a") + digit)
        if not number:
            return word


SERIES = {
    # name: (input maker, first size, what the size counts)
    "string": (unclosed_string, 10_000, "bytes"),
    "warnings": (many_warnings, 1_000, "warnings"),
    "unknown": (distinct_unknown, 500, "unknown properties"),
}


def check_file(path):
    """What `chatkit css FILE` does, short of printing: the file's problems."""
    return file_problems(read_stylesheet(path))


def best_time(path, repeat):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        problems = check_file(path)
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best, len(problems)


def run_series(name, steps, repeat, budget, folder):
    make, first, unit = SERIES[name]
    print("\n%s (%s)" % (name, unit))
    print("| %10s | %9s | %8s | %10s | %s |" % ("size", "seconds", "problems", "µs / unit",
                                                "ratio to the step before"))
    previous, rows = None, []
    for step in range(steps):
        size = first * 2 ** step
        path = folder / ("%s-%d.css" % (name, size))
        path.write_text(make(size), encoding="utf-8")
        seconds, problems = best_time(path, repeat)
        ratio = "%.2f" % (seconds / previous) if previous else "-"
        print("| %10d | %9.3f | %8d | %10.2f | %s |"
              % (size, seconds, problems, seconds / size * 1e6, ratio))
        rows.append((size, seconds, ratio))
        previous = seconds
        if seconds > budget:
            print("(stopped: over the %g s budget)" % budget)
            break
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.partition("\n")[0])
    parser.add_argument("--steps", type=int, default=6, help="sizes per series (default 6)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size; the best counts")
    parser.add_argument("--budget", type=float, default=30.0,
                        help="stop a series after a step slower than this (seconds)")
    parser.add_argument("--series", choices=sorted(SERIES), action="append",
                        help="run only this series (repeatable)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        for name in args.series or SERIES:
            run_series(name, args.steps, args.repeat, args.budget, Path(folder))


if __name__ == "__main__":
    main()
