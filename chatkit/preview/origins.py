"""Who may talk to the preview: this computer's own names for it, on its port.

The preview listens on the loopback interface only, but a web page the user visits
can still reach it by DNS rebinding (its own host name, re-pointed at 127.0.0.1,
sends `Host: evil.example:PORT`) or by a cross-site request from the browser.  So
every request must name the preview as the user's browser does (`Host`), and the
live-reload socket must come from one of the preview's own pages (`Origin`).

    >>> trusted_origin("localhost:8000", 8000)
    'http://localhost:8000'
    >>> trusted_origin("evil.example:8000", 8000) is None
    True
"""

__all__ = ["LOCAL_HOSTS", "allowed_hosts", "is_allowed_origin", "trusted_origin"]

LOCAL_HOSTS = ("localhost", "127.0.0.1", "[::1]")


def allowed_hosts(port: int) -> tuple[str, ...]:
    """The `Host` values a browser sends for the preview on `port`."""
    hosts = tuple("%s:%d" % (host, port) for host in LOCAL_HOSTS)
    # A browser leaves out the scheme's default port.
    return hosts + LOCAL_HOSTS if port == 80 else hosts


def trusted_origin(host: str | None, port: int) -> str | None:
    """`http://HOST` when `host` (a request's Host header) names the preview, else None."""
    if host is None:
        return None
    host = host.lower()
    return "http://" + host if host in allowed_hosts(port) else None


def is_allowed_origin(origin: str | None, port: int) -> bool:
    """True when `origin` (a request's Origin header) is one of the preview's own pages."""
    return origin is not None and origin.lower() in {
        "http://" + host for host in allowed_hosts(port)}
