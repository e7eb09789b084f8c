"""Arbitrary JSON, headers and sizes thrown at /v1/status and /v1/callback (and the cancel):
never a 500, and nothing reaches webcallback.php that breaks 8x8's rules
(8x8-server-apis.txt:386-421), whatever the visitor sends."""

import json
import os
import re
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from tests.server_support import ORIGIN, OTHER_ORIGIN, Server, emulated

HUNT = os.environ.get("CHATKIT_HUNT")  # a number of examples: a longer, random search
RUNS = settings(max_examples=int(HUNT or 120), derandomize=not HUNT, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
CALLBACK_ANSWERS = {202, 400, 403, 409, 413, 415, 422, 429}
# What the server may send webcallback.php: its own parameters, never ctl_userdata (:415).
SENT = {"tenant", "token", "phone", "callback_type", "queue_id", "expiration",
        "extTransactionId", "extTransactionData", "back"}
PAIRS = re.compile(r"(\[[^\[\]|]*\|[^\[\]|]*\])*")  # :407, [name|value] pairs


@pytest.fixture(scope="module")
def world():
    with emulated() as (emulator, url):
        emulator.set(schedule="open", next_state="closed", next_change_in=3600)
        server = Server(url)
        try:
            yield emulator, server
        finally:
            server.stop()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children,
                                                                     max_size=4),
    max_leaves=12)
phones = st.one_of(
    st.sampled_from(["+44 20 7946 0018", "020 7946 0018", "+1 212 555 0123", "+44 909 879 0000",
                     "+33 1 42 68 53 00", "", "+", "00", "1" * 40]),
    st.builds("+1 212 555 {:04d}".format, st.integers(0, 9999)),  # valid, most of them
    st.text(alphabet="+0123456789 ()-[]|x", max_size=30), json_values)
names = st.text(max_size=90) | st.text(alphabet="[]|$ab ", max_size=500) | json_values
fields = st.fixed_dictionaries({
    "phone": phones,
    "consent": st.one_of(st.just(True), st.just(True), json_values),
    "form_age_ms": st.one_of(st.integers(3000, 10 ** 7), st.integers(-10, 10 ** 7), json_values),
}, optional={
    "name": names, "website": st.just("") | json_values,
    "ctl_userdata": st.text(max_size=50), "back": st.text(max_size=50),
})
# Mostly well-formed envelopes (the right origin, JSON, a fresh address), so the examples reach
# the phone rules and 8x8; the rest anything at all.
bodies = st.one_of(fields.map(lambda f: json.dumps(f).encode()),
                   fields.map(lambda f: json.dumps(f).encode()),
                   fields.map(lambda f: json.dumps(f).encode()),
                   json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=600),
                   st.integers(4000, 9000).map(lambda n: b'{"phone": "' + b"1" * n + b'"}'))
# Printable ASCII; the HTTP client itself refuses spaces around a value.
header_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7e),
                      max_size=60).map(str.strip)
addresses = st.ip_addresses(v=4).map(str)
headers = st.fixed_dictionaries({
    "Origin": st.one_of(st.just(ORIGIN), st.just(ORIGIN), st.just(ORIGIN),
                        st.sampled_from([OTHER_ORIGIN, "null", ""]), header_text),
    "Content-Type": st.one_of(st.just("application/json"), st.just("application/json"),
                              st.sampled_from(["application/json; charset=utf-8", "text/plain",
                                               "application/json; charset=latin-1",
                                               "APPLICATION/JSON"]), header_text),
    "X-Forwarded-For": st.one_of(addresses, addresses, addresses, header_text),
}, optional={"Accept": header_text, "Cookie": header_text, "X-Requested-With": header_text})


def check_sent(emulator):
    """Every webcallback.php request so far keeps 8x8's rules, and the emulator saw none
    that breaks them."""
    assert emulator.violations == []
    for call in emulator.calls_to("callback"):
        params = call["params"]
        assert set(params) <= SENT
        assert params["phone"].isascii() and params["phone"].isdigit()  # :392
        assert 6 <= len(params["phone"]) <= 15  # E.164
        assert len(params["extTransactionId"]) <= 64  # :482
        data = params.get("extTransactionData", "")
        assert len(data) <= 500 and PAIRS.fullmatch(data)  # :407
        assert call["status"] == 302 and call["auth"] == "ok"


@RUNS
@given(body=bodies, sent_headers=headers)
def test_callback_bodies_and_headers(world, body, sent_headers):
    emulator, server = world
    answer = server.http.post("/v1/callback", content=body, headers=sent_headers)
    event("HTTP %d" % answer.status_code)  # --hypothesis-show-statistics: how deep it got
    assert answer.status_code in CALLBACK_ANSWERS
    assert set(answer.json()) in ({"handle"}, {"error", "field"})
    check_sent(emulator)


@RUNS
@given(handle=st.text(max_size=80) | st.just("ck" + "0" * 32), sent_headers=headers)
def test_cancel_any_handle(world, handle, sent_headers):
    emulator, server = world
    answer = server.http.delete("/v1/callback/" + quote(handle, safe=""), headers=sent_headers)
    assert answer.status_code in {200, 403, 404, 405, 409, 429}
    check_sent(emulator)


@settings(RUNS, max_examples=int(HUNT or 60))
@given(sent_headers=headers, query=st.dictionaries(st.text(max_size=10), st.text(max_size=20),
                                                    max_size=3))
def test_status_any_headers_and_query(world, sent_headers, query):
    emulator, server = world
    answer = server.http.get("/v1/status", headers=sent_headers, params=query)
    assert answer.status_code == 200
    assert answer.headers["vary"] == "Origin"
    allowed = answer.headers.get("access-control-allow-origin")
    assert allowed in (None, ORIGIN) and (allowed is None) == (sent_headers["Origin"] != ORIGIN)
    assert {c["path"] for c in emulator.calls if c["api"] in ("stats", "schedule")} <= {
        "/api/provisioning/schedulesbyname/Support hours.json",
        "/api/provisioning/schedules/122/nextstatus.json",
        "/api/rtstats/stats/queue/101.json", "/api/rtstats/stats/queue/102.json"}
