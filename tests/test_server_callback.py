"""`POST /v1/callback` and `DELETE /v1/callback/{handle}` through real HTTP against the 8x8
emulator: what reaches webcallback.php, the phone rules, and every abuse control."""

import pytest

from tests.server_support import ORIGIN, OTHER_ORIGIN, Server, emulated

# 020 7946 0xxx is Ofcom's London range for drama: a valid number nobody has.
LONDON = "+44 20 7946 0018"
LONDON_DIGITS = "442079460018"  # E.164 without "+": 8x8 wants digits only (:392)


@pytest.fixture
def emulator():
    with emulated() as (emulator, url):
        emulator.url = url
        emulator.set(schedule="open", next_state="closed", next_change_in=3600)
        yield emulator


@pytest.fixture
def server(emulator):
    servers = []

    def start(**options):
        servers.append(Server(emulator.url, **options))
        return servers[-1]

    yield start
    for served in servers:
        served.stop()


def sent(emulator):
    """The parameters of every webcallback.php request the emulator received."""
    return [c["params"] for c in emulator.calls_to("callback")]


def test_a_booking_reaches_webcallback_as_8x8_documents_it(emulator, server):
    answer = server().book({"name": "Jane Doe"})
    assert answer.status_code == 202
    handle = answer.json()["handle"]
    assert set(answer.json()) == {"handle"}
    assert answer.headers["access-control-allow-origin"] == ORIGIN
    assert answer.headers["cache-control"] == "no-store"
    (params,) = sent(emulator)
    assert params == {
        "phone": LONDON_DIGITS,
        "callback_type": "2",  # :396, "called back when agent is available"
        "queue_id": "201",  # :401, required with type 2
        "expiration": "3600",  # :405, seconds: expiry_minutes = 60
        "extTransactionId": handle,  # :418, the server's own id
        "extTransactionData": "[Name|Jane Doe]",  # :407, [name|value] pairs
        "tenant": "ExampleTenant",
        "token": "<token>",  # the emulator never keeps a token; its check said "ok"
        "back": "https://chat-status.example.com/v1/callback/done",
    }
    assert len(handle) <= 64  # :482, ctl_error 22 beyond 64
    (call,) = emulator.calls_to("callback")
    assert call["auth"] == "ok" and call["method"] == "POST" and call["query"] == {}
    assert emulator.violations == []
    assert handle in emulator.state()["callbacks"]


def test_the_now_type_calls_through_the_channel(emulator, server):
    assert server(callback="now").book().status_code == 202
    (params,) = sent(emulator)
    assert params["callback_type"] == "1"  # :395
    assert params["channel_number"] == "18005550100"  # :399, required with type 1
    assert "queue_id" not in params and "expiration" not in params
    assert emulator.violations == []


def test_the_visitor_cannot_write_8x8_structure_or_tokens(emulator, server):
    answer = server().book({"name": "Jane [Doe] | $caller_id$ ]["})
    assert answer.status_code == 202
    (params,) = sent(emulator)
    assert params["extTransactionData"] == "[Name|Jane (Doe) / caller_id )(]"
    assert emulator.violations == []


@pytest.mark.parametrize("field", ["ctl_userdata", "back", "ctl_callbackUrl", "queue_id",
                                   "extTransactionData", "extTransactionId", "callback_type"])
def test_8x8_parameters_are_never_taken_from_a_visitor(emulator, server, field):
    answer = server().book({field: "[ctl_callbackUrl|https://evil.example/]"})
    assert answer.status_code == 422
    assert answer.json()["field"] == field
    assert "allowed: phone, name, consent, website, form_age_ms" in answer.json()["error"]
    assert sent(emulator) == []


@pytest.mark.parametrize("phone, countries, expected", [
    ("020 7946 0018", ("GB",), LONDON_DIGITS),  # one country: a national number is read in it
    ("+1 212 555 0123", ("GB", "US"), "12125550123"),
    ("0044 20 7946 0018", ("GB", "US"), LONDON_DIGITS),
])
def test_accepted_numbers_are_sent_as_digits(emulator, server, phone, countries, expected):
    assert server(countries=countries).book({"phone": phone}).status_code == 202
    assert sent(emulator)[0]["phone"] == expected


@pytest.mark.parametrize("phone, countries, words", [
    ("+44 909 879 0000", ("GB",), "premium-rate"),  # Ofcom: 09 numbers are premium rate
    ("+1 900 555 0100", ("US",), "premium-rate"),  # NANP 900: premium
    ("+49 180 1234567", ("DE",), "shared-cost"),  # Germany's 0180 service numbers
    ("+33 810 12 34 56", ("FR",), "shared-cost"),  # France's 081x, "coût partagé"
    ("+44 70 1234 5678", ("GB",), "personal (forwarding)"),  # UK 070 personal numbers
    ("+33 1 42 68 53 00", ("GB", "US"), "not a number of a country we call back (GB, US)"),
    ("020 7946 0018", ("GB", "US"), "needs its country code"),
    ("+44 20 12", ("GB",), "not a valid phone number"),
    ("call me", ("GB",), "is not a phone number"),
    ("", ("GB",), "is empty"),
    ("+44" + "0" * 40, ("GB",), "too long"),
])
def test_refused_numbers_name_the_field_and_reach_nobody(emulator, server, phone, countries,
                                                          words):
    answer = server(countries=countries).book({"phone": phone})
    assert answer.status_code == 422
    assert answer.json()["field"] == "phone" and words in answer.json()["error"]
    assert sent(emulator) == []


@pytest.mark.parametrize("fields, status, field", [
    ({"consent": False}, 422, "consent"),
    ({"consent": "true"}, 422, "consent"),
    ({"consent": None}, 422, "consent"),
    ({"phone": 442079460018}, 422, "phone"),
    ({"name": 7}, 422, "name"),
    ({"name": "x" * 81}, 422, "name"),
    ({"name": "Jane\u202eDoe"}, 422, "name"),
    ({"form_age_ms": 2999}, 422, "form_age_ms"),
    ({"form_age_ms": "5000"}, 422, "form_age_ms"),
    ({"form_age_ms": True}, 422, "form_age_ms"),
])
def test_field_errors_name_the_field(emulator, server, fields, status, field):
    answer = server().book(fields)
    assert (answer.status_code, answer.json()["field"]) == (status, field)
    assert sent(emulator) == []


def test_missing_fields(emulator, server):
    served = server()
    for body, field in (({"consent": True, "form_age_ms": 5000}, "phone"),
                        ({"phone": LONDON, "form_age_ms": 5000}, "consent"),
                        ({"phone": LONDON, "consent": True}, "form_age_ms")):
        answer = served.http.post("/v1/callback", json=body)
        assert (answer.status_code, answer.json()["field"]) == (422, field)
    assert sent(emulator) == []


def test_the_honeypot_answers_as_booked_and_sends_nothing(emulator, server):
    served = server()
    answer = served.book({"website": "https://spam.example", "form_age_ms": 10})
    assert answer.status_code == 202 and answer.json()["handle"].startswith("ck")
    assert sent(emulator) == []
    assert served.http.delete("/v1/callback/" + answer.json()["handle"]).status_code == 404
    assert emulator.calls_to("delete") == []


@pytest.mark.parametrize("body, content_type, status", [
    (b'{"phone": "+44 20 7946 0018", "phone": "+1 212 555 0123", "consent": true}',
     "application/json", 400),
    (b"[1, 2]", "application/json", 400),
    (b"phone=442079460018", "application/x-www-form-urlencoded", 415),
    (b"{}", "text/plain", 415),
    (b'{"phone": "\xff"}', "application/json", 400),
    (b'{"phone": NaN}', "application/json", 400),
    (b"{" * 4000, "application/json", 400),
    (b" " * 4097, "application/json", 413),
    (b"{}", "application/json; charset=latin-1", 415),
])
def test_bodies_that_are_not_a_small_json_object(emulator, server, body, content_type, status):
    answer = server().http.post("/v1/callback", content=body,
                                headers={"Content-Type": content_type})
    assert answer.status_code == status
    assert "error" in answer.json()
    assert sent(emulator) == []


def test_a_streamed_body_is_cut_at_the_limit(emulator, server):
    def chunks():
        for _ in range(100):
            yield b" " * 1000

    answer = server().http.post("/v1/callback", content=chunks(),
                                headers={"Content-Type": "application/json"})
    assert answer.status_code == 413
    assert sent(emulator) == []


@pytest.mark.parametrize("origin", [OTHER_ORIGIN, "", "null", ORIGIN + "/", "http://www.example.com"])
def test_only_the_configured_origins_may_book_or_cancel(emulator, server, origin):
    served = server()
    headers = {"Origin": origin} if origin else {"Origin": ""}
    answer = served.book(headers=headers)
    assert answer.status_code == 403
    assert "access-control-allow-origin" not in answer.headers
    assert served.http.delete("/v1/callback/ck" + "0" * 32, headers=headers).status_code == 403
    assert emulator.calls == []


def test_closed_hours(emulator, server):
    emulator.set(schedule="closed", next_state="open", next_change_in=3600)
    now = server(callback="now")
    refused = now.book()
    assert refused.status_code == 409
    assert refused.json()["error"].startswith("we are closed, so we cannot call back now "
                                              "(we open again at ")
    no_expiry = server(expiry=None)
    assert no_expiry.book().status_code == 409
    assert sent(emulator) == []
    assert server().book().status_code == 202  # it waits for an agent, and expires (:405)
    emulator.set(schedule="choice-1")
    assert server(callback="now").book({"phone": "+1 212 555 0123"}).status_code == 409


def test_one_pending_callback_per_number(emulator, server):
    served = server()
    first = served.book()
    assert first.status_code == 202
    again = served.book({"phone": "+44 (0)20 7946 0018"})  # the same number, written otherwise
    assert (again.status_code, again.json()["field"]) == (409, "phone")
    assert len(sent(emulator)) == 1
    assert served.http.delete("/v1/callback/" + first.json()["handle"]).status_code == 200
    assert served.book().status_code == 202


def test_cancel(emulator, server):
    served = server()
    handle = served.book().json()["handle"]
    answer = served.http.delete("/v1/callback/" + handle)
    assert answer.status_code == 200 and answer.json() == {"cancelled": True}
    (call,) = emulator.calls_to("delete")
    # :528 and :534, the external transaction id in the path, JSON by .json
    assert call["path"] == "/api/interactions/webcallback/externaltransaction/%s.json" % handle
    assert call["auth"] == "ok"
    assert handle not in emulator.state()["callbacks"]
    assert served.http.delete("/v1/callback/" + handle).status_code == 404
    assert served.http.delete("/v1/callback/not-a-handle").status_code == 404
    assert len(emulator.calls_to("delete")) == 1


def test_a_callback_an_agent_has_taken_is_not_cancelled(emulator, server):
    served = server()
    handle = served.book().json()["handle"]
    emulator.take(handle)
    answer = served.http.delete("/v1/callback/" + handle)
    # :549, "deleteStatus":"nok" and 207 Multi-Status when an agent has it
    assert answer.status_code == 409 and answer.json()["cancelled"] is False
    assert handle in emulator.state()["callbacks"]


def test_8x8_refusals_release_the_number(emulator, server):
    served = server()
    emulator.set(service_unavailable=True)
    answer = served.book()
    assert answer.status_code == 503 and answer.headers["retry-after"] == "60"  # ctl_error 15
    emulator.set(service_unavailable=False, queue_enabled=False)
    assert served.book().status_code == 502  # ctl_error 8, "Queue is disabled." (:469)
    emulator.set(queue_enabled=True)
    assert served.book().status_code == 202
    assert emulator.violations == []


def test_per_address_limit(emulator, server):
    served = server()
    for _ in range(10):
        assert served.book({"phone": "+44 20 12"}).status_code == 422
    answer = served.book()
    assert answer.status_code == 429 and int(answer.headers["retry-after"]) > 0
    other = served.book(headers={"X-Forwarded-For": "203.0.113.9"})
    assert other.status_code == 202  # another address (through the trusted proxy)
    assert len(sent(emulator)) == 1


def test_per_phone_limit(emulator, server):
    served = server()
    for attempt in range(3):
        answer = served.book(headers={"X-Forwarded-For": "203.0.113.%d" % attempt})
        assert answer.status_code == 202
        served.http.delete("/v1/callback/" + answer.json()["handle"])
    answer = served.book(headers={"X-Forwarded-For": "203.0.113.99"})
    assert (answer.status_code, answer.json()["field"]) == (429, "phone")
    assert len(sent(emulator)) == 3


def test_total_limit(emulator, server):
    served = server()
    booked = 0
    for number in range(201):
        phone = "+1 %s 555 01%02d" % (("212", "646", "718")[number // 100], number % 100)
        answer = served.book({"phone": phone},
                             headers={"X-Forwarded-For": "198.51.100.%d" % (number // 10)})
        if answer.status_code == 202:
            booked += 1
        else:
            assert answer.status_code == 429 and answer.json()["field"] is None
    assert booked == 200 and len(sent(emulator)) == 200
    assert emulator.violations == []


def test_callbacks_off_without_the_action_token_or_the_table(emulator, server):
    for served in (server(action_token=None), server(callback=None)):
        answer = served.book()
        assert answer.status_code == 404
        assert answer.json()["error"] == "callbacks are off on this server"
        assert served.http.get("/healthz").json()["callbacks"].startswith("off: ")
        assert served.status().status_code == 200
    assert sent(emulator) == []
