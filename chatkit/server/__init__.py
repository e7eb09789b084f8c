"""`chatkit server`: the status and callback companion of the chat (SPEC 10, `[server]` extra).

8x8's Tenant Schedule, Real-time Statistics and Web Callback APIs need secret tokens, so no page
may call them: this server holds the tokens and answers the page through a narrow, cached,
safe interface (chatkit.server.app). Its parts:

    settings   [server] [callback] [availability] checked; the secrets from the environment
    app        the ASGI application (Starlette): /v1/status, /v1/callback, /healthz
    status     /v1/status from the cached answers;  callback  the callback and its controls
    cache      single flight, periods, staleness, backoff; the tenant's one-request lane
    store      memory or Redis (shared by every instance);  limits  the rate limits
    client     8x8's APIs on httpx;  phones  phone numbers (phonenumbers)
    emulator   8x8's three APIs, emulated (--emulate, the preview, the tests)
    serving    `run`: uvicorn, the emulator beside it, the banner

Importing this package needs only the standard library: `check_server_tables` serves
`chatkit check` without the extra; `run` imports the rest when called.
"""

from chatkit.server.settings import (
    ENV_ACTION_TOKEN,
    ENV_DATA_TOKEN,
    ENV_STORE,
    ENV_TENANT,
    SERVER_TABLES,
    AvailabilitySettings,
    CallbackSettings,
    Secrets,
    ServerSettings,
    check_server_tables,
    secrets_from_env,
)

__all__ = ["ENV_ACTION_TOKEN", "ENV_CONFIG", "ENV_DATA_TOKEN", "ENV_STORE", "ENV_TENANT",
           "SERVER_TABLES", "AvailabilitySettings", "CallbackSettings", "Secrets",
           "ServerSettings", "app_from_env", "check_server_tables", "run", "secrets_from_env"]

ENV_CONFIG = "CHATKIT_SERVER_CONFIG"


def run(config_path, *, host: str = "127.0.0.1", port: int = 8080, store: str | None = None,
        emulate: bool = False) -> int:
    """Serve the status and callback companion of a chat.toml: its [server], [callback] and
    [availability] tables. The page asks GET /v1/status (open or closed, the next change,
    agents available, interactions waiting, the wait); with [callback], POST /v1/callback
    books a call back and DELETE /v1/callback/HANDLE cancels it; GET /healthz says how the
    server, its store and 8x8's answers are doing.

    8x8's tokens come from the environment, never from chat.toml:
      CHATKIT_8X8_TENANT_NAME   the tenant name (the APIs' user name)
      CHATKIT_8X8_DATA_TOKEN    the Data Request Token (schedule, statistics)
      CHATKIT_8X8_ACTION_TOKEN  the Action Request Token (callbacks: off without it)
      CHATKIT_SERVER_STORE      a Redis URL (one with a password), instead of --store
    8x8's API host is the config's [chat] domain (the tenant's cluster).

    --store redis://HOST:6379/0 shares the cache, the one-request-at-a-time lock on 8x8 and
    the rate limits between instances: any number of them behind a load balancer make 8x8 the
    same few calls. The default, memory, is for one process.
    --emulate answers from chatkit's emulator of 8x8's three APIs on this computer (no
    account, no token); the banner says how to flip its state (open, closed, agents, queue,
    faults).

    A full local run, in two commands (in a checkout of chatkit):
      python3 -m venv .venv && .venv/bin/pip install '.[server]'
      .venv/bin/chatkit server examples/server/chat.toml --emulate
    then open http://127.0.0.1:8080/v1/status. Exit codes: 0 stopped (Ctrl-C), 2 a mistake
    in the config, the environment or an option (one line each, nothing started).
    """
    from chatkit.server.serving import serve

    return serve(config_path, host=host, port=port, store=store, emulate=emulate)


def app_from_env():
    """The ASGI application for `uvicorn --factory chatkit.server:app_from_env` (several
    workers): the config from CHATKIT_SERVER_CONFIG, the store from CHATKIT_SERVER_STORE or
    the config, the tokens from the environment. A mistake exits with its lines (code 2)."""
    from chatkit.server.serving import application_from_env

    return application_from_env()
