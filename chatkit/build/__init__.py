"""`chatkit build`: the files the snippet's `[python]` loader fetches (CPython only).

assets (the runtime, the chatkit bundle and the hooks, with their SRI hashes, and
the boot), bundle (which chatkit modules the page gets), hooks (the tenant's file,
read and checked), compiled and engine (Brython's compiler under mini-racer),
runtime (Brython without its compiler), precompiled (the shipped chatkit bundle),
precompile (the developer tool that writes the generated files).

    >>> check_hooks(load_config("chat.toml"))   # what build and snippet would report
    [Problem('line 2', 'json', 'imports json, which the page cannot load (...)', 'warning')]
"""

__all__ = ["check_hooks"]


def check_hooks(config):
    """Every problem `chatkit build` and `chatkit snippet` would find in the config's hooks
    file: a list of `chatkit.errors.Problem` (errors, or else warnings), each naming the
    line; [] without a [python] table.  Print them with `problem.line(config.hooks_path)`."""
    from chatkit.build.assets import check_hooks as check

    return check(config)
