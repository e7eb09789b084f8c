"""`chatkit server CONFIG`: the status and callback companion (SPEC 10), `chatkit.server.run`."""

import click

from chatkit.cli._common import config_argument


@click.command()
@config_argument
@click.option("--host", metavar="H", default="127.0.0.1", show_default=True,
              help="the address to listen on (behind a reverse proxy, keep 127.0.0.1)")
@click.option("--port", metavar="N", type=click.IntRange(0, 65535), default=8080,
              show_default=True, help="the port (0 for any free port)")
@click.option("--store", metavar="URL", help="memory (the default: one process) or "
              "redis://HOST:6379/0, shared by every instance (cache, 8x8 lock, rate limits)")
@click.option("--emulate", is_flag=True, help="answer from chatkit's emulator of 8x8's APIs "
              "on this computer: no account, no token")
def server(config: str, host: str, port: int, store: str | None, emulate: bool) -> int:
    """Serve open hours, queue state and callbacks to the chat's page from 8x8's server APIs.

    8x8's Tenant Schedule, Real-time Statistics and Web Callback need secret tokens, so no
    page may call them: this server holds the tokens and answers the page (GET /v1/status;
    with [callback], POST /v1/callback and DELETE /v1/callback/HANDLE; GET /healthz). CONFIG
    is checked as chatkit check does; its [server], [callback] and [availability] tables
    hold what is public. The snippet of a config with [server] asks this server itself.

    \b
    The secrets come from the environment only, never from chat.toml:
      CHATKIT_8X8_TENANT_NAME   the tenant name (the APIs' user name)
      CHATKIT_8X8_DATA_TOKEN    the Data Request Token (schedule, statistics)
      CHATKIT_8X8_ACTION_TOKEN  the Action Request Token (callbacks: off without it)
      CHATKIT_SERVER_STORE      a Redis URL holding a password, instead of --store

    \b
    A full local run against the emulator, in two commands (in a checkout of chatkit):
      python3 -m venv .venv && .venv/bin/pip install '.[server]'
      .venv/bin/chatkit server examples/server/chat.toml --emulate
    then open http://127.0.0.1:8080/v1/status; the banner says how to flip the
    emulator's state (open, closed, agents, queue, faults).

    In production, run it behind a reverse proxy (it trusts X-Forwarded-For from
    127.0.0.1); several workers or machines share one Redis (--store, or uvicorn --factory
    chatkit.server:app_from_env --workers 4 with CHATKIT_SERVER_CONFIG and
    CHATKIT_SERVER_STORE); examples/server/Dockerfile is a container recipe. The README's
    "Deployment" says more. Exit code 0 when stopped (Ctrl-C), 2 for a mistake in the
    config, the environment or an option (one line each; nothing starts).

    \b
    example: chatkit server chat.toml --emulate
    example: chatkit server chat.toml --port 8080 --store redis://127.0.0.1:6379/0
    """
    from chatkit.server import run

    return run(config, host=host, port=port, store=store, emulate=emulate)
