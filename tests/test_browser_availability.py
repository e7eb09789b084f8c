"""`chat.on("availability", handler)` under CPython (SPEC 10): chatkit server's status as the
snippet hands it over, on both chat versions, whether or not the chat is ready."""

import pytest

from chatkit.browser import Chat, ValidationError
from chatkit.browser.fakebus import FakeBus, ListLogger
from chatkit.browser.fakechatapp import FakeChatApp

# A /v1/status answer as SPEC 10 writes it.
STATUS = {"open": True, "state": "open", "next_change": "2026-12-07T18:00:00Z",
          "agents_available": 2, "waiting": 3, "wait": "short", "stale": False,
          "as_of": "2026-12-07T15:16:04Z"}
CLOSED = dict(STATUS, open=False, state="closed", wait=None)


@pytest.mark.parametrize("api", ["v1", "v2"])
def test_handlers_get_each_status_before_and_after_the_chat_is_ready(api):
    logger = ListLogger()
    chat = Chat(logger, api=api)
    seen = []
    chat.on("availability", seen.append)
    chat.deliver_availability(STATUS)  # the chat has not started: the status comes anyway
    chat.attach(FakeBus() if api == "v1" else FakeChatApp())
    chat.deliver_availability(CLOSED)
    assert seen == [STATUS, CLOSED]
    assert logger.warnings == [] and logger.errors == []


def test_a_handler_added_later_gets_the_last_status_at_once():
    chat = Chat(ListLogger())
    chat.deliver_availability(STATUS)
    chat.deliver_availability(CLOSED)
    seen = []
    chat.on("availability", seen.append)
    assert seen == [CLOSED]


def test_remove_stops_it_and_a_failing_handler_stops_no_other():
    logger = ListLogger()
    chat = Chat(logger)
    seen = []

    def broken(status):
        raise RuntimeError("a bug in the hooks")

    chat.on("availability", broken)
    subscription = chat.on("availability", seen.append)
    chat.deliver_availability(STATUS)
    subscription.remove()
    chat.deliver_availability(CLOSED)
    assert seen == [STATUS]
    assert [message for message, _ in logger.errors] == [
        "handler test_remove_stops_it_and_a_failing_handler_stops_no_other.<locals>.broken "
        "for availability failed"] * 2


def test_a_handler_that_is_not_a_function():
    logger = ListLogger()
    chat = Chat(logger)
    subscription = chat.on("availability", "print")
    assert not subscription.active
    assert logger.warnings == ['chat.on("availability"): the handler must be a function, '
                               'not str']
    chat.strict = True
    with pytest.raises(ValidationError):
        chat.on("availability", None)
