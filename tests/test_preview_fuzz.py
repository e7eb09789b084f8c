"""Hypothesis against a running `chatkit serve`: any path, any Host, any Origin, any method.

Whatever the request, the preview answers below 500, prints nothing (no traceback),
refuses any Host but its own with a 403, and serves only the files the page needs:
never the config, a sibling, a parent or an unnamed file (each holds a marker).
Bounded and derandomized, so CI runs the same examples every time.
"""

import string
from urllib.parse import unquote_to_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preview_support import MARKERS, SERVED, PreviewProcess, make_site

FUZZ = settings(max_examples=150, derandomize=True, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])

# Path pieces that reach for what must not be served, and the routes that exist.
SEGMENTS = ["", ".", "..", "%2e%2e", "%2E%2e", "%2f", "%5c", "%00", "%ff", "%", "chat.toml",
            "site", "sibling.txt", "sibling.png", "parent-secret.txt", "theme", "theme.css",
            "img", "logo.png", "fonts", "brand.woff2", "unnamed.png", "notes.txt", "link.png",
            "__chatkit", "stylesheet", "assets", "preview.js", "CHAT", "common", "js", "chat.js",
            "live", "scenario.js", "csp-report", "livereload.js", "forcereload", "index.html",
            "favicon.ico", "~", ";"]
PATH_CHARS = string.ascii_letters + string.digits + "-._~%!$&'()*+,;=:@[]"
paths = st.builds(
    lambda parts, query: "/" + "/".join(parts) + query,
    st.lists(st.one_of(st.sampled_from(SEGMENTS), st.text(PATH_CHARS, max_size=8)), max_size=6),
    st.sampled_from(["", "?path=*", "?x=%00", "?"]))
HOSTS = ["localhost:{port}", "127.0.0.1:{port}", "[::1]:{port}", "LOCALHOST:{port}",
         "evil.example:{port}", "localhost:{port}.evil.example", "localhost.:{port}",
         "localhost:{other}", "localhost", "127.0.0.1", "[::1]", "127.1:{port}", "0:{port}",
         "localhost:0{port}", "localhost:{port}:{port}", "[::1]:{port}]", ""]
HOST_CHARS = string.ascii_letters + string.digits + ".:-[]_"
hosts = st.one_of(st.sampled_from(HOSTS), st.text(HOST_CHARS, max_size=30))
origins = st.one_of(st.none(), st.sampled_from(["http://" + host for host in HOSTS] + [
    "null", "https://localhost:{port}", "file://"]), st.text(HOST_CHARS + "/", max_size=30))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    site = make_site(tmp_path_factory.mktemp("preview-fuzz"))
    process = PreviewProcess(site, "chat.toml", "--stylesheet", "theme/theme.css").start()
    process.request("/")  # what it prints as it starts (the config's notes), read here
    started = process.printed()
    assert all(" config: " in line for line in started), started
    yield process
    code, rest = process.stop()
    assert (code, rest) == (0, ["Preview stopped."])  # nothing printed for any request


def own_hosts(server):
    return {"%s:%d" % (name, server.port) for name in ("localhost", "127.0.0.1", "[::1]")}


def filled(template, server):
    return template.replace("{port}", str(server.port)).replace("{other}", str(server.port + 1))


@FUZZ
@given(path=paths, host=hosts, origin=origins,
       method=st.sampled_from(["GET", "GET", "HEAD", "POST", "OPTIONS"]))
def test_preview_answers_any_request_with_only_its_own_files(server, path, host, origin, method):
    host = filled(host, server)
    headers = [] if origin is None else [("Origin", filled(origin, server))]
    response = server.request(path, host=host, headers=headers, method=method)
    assert response.status < 500, (path, host, response.status)
    assert b"Traceback" not in response.body
    assert not any(marker in response.body for marker in MARKERS), (path, host)
    if host.lower() not in own_hosts(server):
        assert response.status in (400, 403), (path, host, response.status)
    elif response.status in (200, 204):
        decoded = unquote_to_bytes(path.partition("?")[0]).decode("utf-8", "replace")
        assert decoded in SERVED, (path, response.status)


@FUZZ
@given(host=hosts, origin=origins)
def test_preview_live_reload_socket_opens_only_for_its_own_pages(server, host, origin):
    host, origin = filled(host, server), origin and filled(origin, server)
    status = server.websocket_handshake(origin, host=host)
    own_page = origin is None or origin.lower() in {"http://" + h for h in own_hosts(server)}
    if host.lower() in own_hosts(server) and own_page:
        assert status == 101
    else:
        assert status in (400, 403), (host, origin, status)
