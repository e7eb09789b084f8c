"""The commands for what a site hosts and previews: css, build, serve."""

import sys
from pathlib import Path

import click

from chatkit._files import check_output
from chatkit.cli._common import (
    EXIT_OK,
    EXIT_WARNINGS,
    config_argument,
    emit,
    load,
    print_problems,
    say,
    strict_option,
)
from chatkit.errors import Problem, ValidationError


@click.command()
@click.argument("file", metavar="FILE")
@click.option("-o", "--output", metavar="FILE", help="also write the clean CSS (RTF unwrapped, "
              "non-breaking spaces made spaces) to FILE, atomically, when there are no errors")
@strict_option
def css(file: str, output: str | None, strict: bool) -> int:
    """Check a custom stylesheet: syntax, properties and values, selectors matching nothing.

    Problems go to stderr, one line each (FILE:LINE: ...); "FILE: ok" to stdout when none.
    CSS pasted into an RTF document, or indented with non-breaking spaces, is not loadable
    as it is: -o writes the clean CSS to another file (only when there are no errors).
    Exit code 0 when it is usable, 1 when --strict and there are warnings, 2 on errors.

    \b
    example: chatkit css theme.rtf -o theme.css
    """
    from chatkit.css import css_problems, read_stylesheet

    if output is not None:
        check_output(output)  # empty or NUL; the input itself is refused below, with a fix
    sheet = read_stylesheet(file)
    problems = css_problems(sheet)
    if output and not any(problem.is_error for problem in problems):
        _refuse_stylesheet_as_output(file, output)
        how = " (the CSS inside the RTF document)" if sheet.rtf is not None else ""
        code = _report(problems, file, strict)
        emit(sheet.css, output, [file], how=how)
        return code
    # Nothing is written when there are errors: they are named where the user can fix them.
    cleaning = [] if output else sheet.cleaning_problems()
    return _report(cleaning + problems, file, strict)


def _refuse_stylesheet_as_output(source, output):
    from chatkit.css import suggested_output

    try:
        same = Path(output).exists() and Path(output).samefile(source)
    except OSError:
        same = False
    if same:
        raise ValidationError([Problem("", None, "this is the stylesheet being read: write the "
                                       "clean CSS to another file, e.g. -o %s"
                                       % suggested_output(source))], output)


def _report(problems, source, strict):
    if any(p.is_error for p in problems):
        raise ValidationError(problems, source)
    print_problems(problems, source)
    if not problems:
        say("%s: ok" % source, sys.stdout)
    return EXIT_WARNINGS if problems and strict else EXIT_OK


@click.command()
@config_argument
@click.option("--out", "-o", "out", metavar="DIR", required=True,
              help="the folder to write the assets and chatkit-assets.json to")
def build(config: str, out: str) -> int:
    """Write the Python runtime, the chatkit bundle and your hooks, with SRI hashes.

    Host DIR at the config's [python] asset_base, with Cache-Control: public,
    max-age=31536000, immutable (the file names carry their content's hash).  DIR also
    gets chatkit-assets.json: the file names, SRI hashes and boot, for tools that write
    the snippet themselves (chatkit snippet does not need it).  All or nothing: the files
    are written beside DIR, then moved into it; never over the config or the hooks; the
    files of the build it replaces (its manifest names them) are removed.  For Brython the
    hooks are compiled here (mini-racer) and the page gets Brython without its compiler;
    [python] runtime = "micropython" writes MicroPython's module and WebAssembly instead.

    \b
    example: chatkit build chat.toml --out dist/chatkit
    """
    from chatkit.build.assets import build_assets

    if not out:
        raise ValidationError([Problem("--out", "", "empty: name the folder to write the "
                                       "assets to (--out dist/chatkit)")])
    checked = load(config)
    if checked.python is None:
        raise ValidationError([Problem("python", None, "missing: add a [python] table with "
                                       "hooks and asset_base to build for it")],
                              str(checked.path))
    _refuse_inputs_in(out, [checked.path, checked.hooks_path])
    print_problems(checked.warnings, str(checked.path))
    built = build_assets(checked, out)
    print_problems(built.warnings, str(checked.hooks_path))
    for line in built.notes + _written(built, Path(out)):
        say(line)
    return EXIT_OK


def _refuse_inputs_in(out, inputs):
    """No input is where build writes one of its files (`build chatkit-assets.json --out .`
    replaced the config by the manifest)."""
    from chatkit.build.assets import BUILT_NAME, MANIFEST

    for source in inputs:
        name = Path(source).name
        if name == MANIFEST or BUILT_NAME.fullmatch(name):
            check_output(Path(out) / name, [source], option="--out")


def _written(built, out):
    from chatkit.build.assets import MANIFEST, MANIFEST_NOTE

    lines = ["wrote %s: %s (%s)" % (out / asset.name, kind, asset.integrity)
             for asset, kind in built.described()]
    return lines + ["wrote %s: %s" % (out / MANIFEST, MANIFEST_NOTE)]


@click.command()
@config_argument
@click.option("--port", metavar="N", type=int, default=8000,
              help="the port (default 8000; 0 for any free port)")
@click.option("--stylesheet", metavar="FILE", help="a stylesheet on this computer to preview "
              "instead of the config's stylesheet_url (CSS or RTF)")
@click.option("--csp", metavar="POLICY", help="serve the preview under this "
              "Content-Security-Policy, to see what your site's policy would block")
@click.option("--open", "open_browser", is_flag=True, help="open the preview in your browser")
def serve(config: str, port: int, stylesheet: str | None, csp: str | None,
          open_browser: bool) -> int:
    """Preview a config against the 8x8 emulator; reloads on any change to config, hooks or CSS.

    --stylesheet previews a stylesheet on this computer instead of the config's stylesheet_url
    (the config is not changed). Ctrl-C stops it.

    \b
    example: chatkit serve chat.toml --port 8000 --stylesheet theme.css --open
    """
    from chatkit.preview.server import serve_preview

    return serve_preview(Path(config), port=port,
                         stylesheet=Path(stylesheet) if stylesheet else None,
                         csp=csp, open_browser=open_browser)
