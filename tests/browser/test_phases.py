"""Phases, the three triggers and chat:end (reference: the trigger sections and "End Chat
Trigger"; SPEC 5.5)."""

import pytest
from playwright.sync_api import Error

pytestmark = pytest.mark.browser

TRIGGERS = {
    "invitation": "chat:trigger-invitation",
    "preChat": "chat:trigger-pre-chat",
    "chatWindow": "chat:trigger-chat-window",
}


def reach(chat, phase):
    """Bring the chat to `phase` the way a customer would (the invitation only by trigger)."""
    if phase == "invitation":
        chat.publish(TRIGGERS["invitation"])
    elif phase == "preChat":
        chat.click_button()
    elif phase == "chatWindow":
        chat.click_button()
        chat.submit_pre_chat()
    elif phase == "offlineForm":
        chat.set_scenario(online=False)
        chat.click_button()
        chat.set_scenario(online=True)
    assert chat.state()["phase"] == phase


# trigger, from phase, the phase after it; "nothing happens" rows end where they began.
TRIGGER_TABLE = [
    # "it will show the Invitation window if the chat is closed or if it is displaying
    # another Invitation"
    ("invitation", "closed", "invitation"),
    ("invitation", "invitation", "invitation"),
    ("invitation", "preChat", "preChat"),
    ("invitation", "chatWindow", "chatWindow"),
    ("invitation", "offlineForm", "offlineForm"),
    # "it will show the Pre-Chat window if the chat is closed or if it is displaying an
    # Invitation window"
    ("preChat", "closed", "preChat"),
    ("preChat", "invitation", "preChat"),
    ("preChat", "preChat", "preChat"),
    ("preChat", "chatWindow", "chatWindow"),
    ("preChat", "offlineForm", "offlineForm"),
    # "it will only be open if the customer is not in a Chat window"
    ("chatWindow", "closed", "chatWindow"),
    ("chatWindow", "invitation", "chatWindow"),
    ("chatWindow", "preChat", "chatWindow"),
    ("chatWindow", "chatWindow", "chatWindow"),
    ("chatWindow", "offlineForm", "chatWindow"),
]


@pytest.mark.parametrize("trigger, start, after", TRIGGER_TABLE)
def test_trigger_opens_only_from_the_phases_the_reference_allows(open_chat, trigger, start,
                                                                  after):
    chat = open_chat()
    reach(chat, start)
    before = chat.state()
    chat.publish(TRIGGERS[trigger])
    state = chat.state()
    assert state["phase"] == after
    assert state["warnings"] == []
    if start != "invitation":  # reached by the customer, not by the Chat API
        opened = trigger == after and (start != after or trigger == "invitation")
        assert state["startedByApi"] is opened
    if after == "chatWindow" and start != "chatWindow":  # entering the queue sends the info
        assert len(state["submissions"]) == len(before["submissions"]) + 1


def test_a_new_invitation_replaces_the_one_on_show(open_chat):
    chat = open_chat()
    chat.publish(TRIGGERS["invitation"])
    chat.page.evaluate("document.getElementById('__8x8-chat-invitation').old = true")
    chat.publish(TRIGGERS["invitation"])
    assert chat.page.evaluate("""[document.querySelectorAll('#__8x8-chat-invitation').length,
        document.getElementById('__8x8-chat-invitation').old === undefined]""") == [1, True]


@pytest.mark.parametrize("phase, message", [
    ("invitation", "Missing next step from step initInvitation [invitation]"),
    ("preChat", "Missing next step from step initPreChat [preChat]"),
    ("chatWindow", "Missing next step from step initChatWindow [chatWindow]"),
])
def test_a_trigger_the_chat_script_lacks_logs_the_missing_step(open_chat, phase, message):
    chat = open_chat(scenario={phase: False})
    chat.publish(TRIGGERS[phase])
    state = chat.state()
    assert state["phase"] == "closed" and state["startedByApi"] is False
    assert state["warnings"] == [message]
    assert chat.console_warnings == [message]


def test_the_button_without_a_chat_window_logs_the_missing_step(open_chat):
    chat = open_chat(scenario={"preChat": False, "chatWindow": False})
    chat.click_button()
    assert chat.warnings == ["Missing next step from step initChatWindow [chatWindow]"]


def test_offline_without_an_offline_form_logs_the_missing_step(open_chat):
    chat = open_chat(scenario={"online": False, "offlineForm": False})
    chat.click_button()
    assert chat.state()["phase"] == "closed"
    assert chat.warnings == ["Missing next step from step initOfflineForm [offlineForm]"]


def test_the_api_flag_lasts_until_the_chat_closes(open_chat):
    chat = open_chat()
    chat.publish(TRIGGERS["preChat"])
    chat.submit_pre_chat()
    assert chat.state()["submissions"][0]["startedByApi"] is True
    chat.publish("chat:end")
    chat.click_button()
    chat.submit_pre_chat()
    assert chat.state()["submissions"][1]["startedByApi"] is False


@pytest.mark.parametrize("scenario, after", [
    ({}, "preChat"),  # the pre-chat form first
    ({"preChat": False}, "chatWindow"),  # straight into the queue
    ({"online": False}, "offlineForm"),  # no agents: the offline form
])
def test_the_chat_button_starts_the_next_step(open_chat, scenario, after):
    chat = open_chat(scenario=scenario)
    chat.page.click("#__8x8-chat-button")
    assert chat.state()["phase"] == after
    assert chat.state()["startedByApi"] is False


def test_accepting_an_invitation_leads_on_and_dismissing_closes(open_chat):
    chat = open_chat()
    chat.publish(TRIGGERS["invitation"])
    chat.page.click("#__8x8-chat-invitation >> text=No, thanks")
    assert chat.state()["phase"] == "closed"
    chat.publish(TRIGGERS["invitation"])
    chat.page.click("#__8x8-chat-invitation >> text=Chat now")
    assert chat.state()["phase"] == "preChat"
    assert chat.page.locator("#__8x8-chat-invitation").count() == 0


@pytest.mark.parametrize("trigger", ["preChat", "chatWindow"])
def test_offline_the_triggers_lead_to_the_offline_form(open_chat, trigger):
    chat = open_chat(scenario={"online": False})
    chat.publish(TRIGGERS[trigger])
    assert chat.state()["phase"] == "offlineForm"
    assert chat.state()["startedByApi"] is True


def test_offline_the_chat_window_trigger_leaves_an_open_offline_form_alone(open_chat):
    chat = open_chat(scenario={"online": False})
    chat.click_button()
    chat.publish(TRIGGERS["chatWindow"])
    assert chat.state()["phase"] == "offlineForm"
    assert chat.state()["startedByApi"] is False


def test_offline_an_accepted_invitation_leads_to_the_offline_form(open_chat):
    chat = open_chat(scenario={"online": False})
    chat.publish(TRIGGERS["invitation"])
    chat.accept_invitation()
    assert chat.state()["phase"] == "offlineForm"


def test_going_offline_at_run_time_changes_the_button_and_the_pre_chat_outcome(open_chat):
    chat = open_chat()
    chat.click_button()
    chat.set_scenario(online=False)
    assert chat.page.text_content("#__8x8-chat-button") == "Leave a message"
    chat.submit_pre_chat()
    assert chat.state()["phase"] == "offlineForm"
    assert chat.state()["submissions"] == []


def test_end_without_an_agent_closes_the_window(open_chat):
    chat = open_chat()
    reach(chat, "chatWindow")
    chat.publish("chat:end")
    state = chat.state()
    assert state["phase"] == "closed" and state["confirmingEnd"] is False
    assert "Are you sure you want to end this chat session?" not in state["log"]
    assert chat.page.locator("#__8x8-chat-window").count() == 0


@pytest.mark.parametrize("phase", ["closed", "invitation", "preChat", "offlineForm"])
def test_end_outside_a_chat_closes_whatever_is_open(open_chat, phase):
    chat = open_chat()
    reach(chat, phase)
    chat.publish("chat:end")
    assert chat.state()["phase"] == "closed"


def test_end_with_an_agent_asks_for_confirmation_and_no_keeps_chatting(open_chat):
    chat = open_chat()
    reach(chat, "chatWindow")
    chat.agent_join("Ann")
    chat.publish("chat:end")
    chat.publish("chat:end")  # asked once
    state = chat.state()
    assert state["confirmingEnd"] is True and state["phase"] == "chatWindow"
    assert state["log"].count("Are you sure you want to end this chat session?") == 1
    assert chat.in_window(".confirm-close .acknowledge-text") == [
        "Are you sure you want to end this chat session?"]
    assert chat.in_window(".confirm-close button") == ["Yes", "No"]
    chat.confirm_end(False)
    state = chat.state()
    assert state["confirmingEnd"] is False and state["agent"] == "Ann"
    assert chat.in_window(".confirm-close", "visible") == [False]


def test_end_with_an_agent_and_yes_ends_the_chat(open_chat):
    chat = open_chat()
    reach(chat, "chatWindow")
    chat.agent_join("Ann")
    chat.publish("chat:end")
    chat.confirm_end(True)
    state = chat.state()
    assert state["agent"] is None and state["ended"] is True
    assert state["log"][-2:] == ["You have ended your chat session.",
                                 "Chat session has been ended."]
    assert chat.history()[-1] == "You have ended your chat session."
    assert chat.in_window(".acknowledge-text") == ["Chat session has been ended."]
    chat.publish("chat:end")  # no agent any more: closes
    assert chat.state()["phase"] == "closed"


def test_the_customer_ends_the_chat_with_the_windows_controls(open_chat):
    chat = open_chat()
    reach(chat, "chatWindow")
    chat.agent_join("Ann")
    frame = chat.page.frame_locator("#__8x8-chat-window")
    frame.locator(".control.end").click()
    frame.locator(".confirm-close button", has_text="Yes").click()
    assert chat.state()["ended"] is True
    frame.locator(".control.close").click()
    assert chat.state()["phase"] == "closed"


def test_the_customer_and_the_agent_exchange_messages(open_chat):
    chat = open_chat()
    reach(chat, "chatWindow")
    chat.agent_join("Ann")
    frame = chat.page.frame_locator("#__8x8-chat-window")
    frame.locator("#message-field").fill("Hello")
    frame.locator("#message-field").press("Enter")
    chat.agent_message("Hi, how can I help?")
    assert chat.state()["transcript"] == [{"from": "customer", "text": "Hello"},
                                          {"from": "agent", "text": "Hi, how can I help?"}]
    assert chat.in_window(".chat-outgoing-msg") == ["Hello"]
    assert chat.in_window(".chat-incoming-msg") == ["Hi, how can I help?"]


@pytest.mark.parametrize("action, args, message", [
    ("acceptInvitation", [], "acceptInvitation: the chat is in phase closed, not invitation"),
    ("submitPreChat", [{}], "submitPreChat: the chat is in phase closed, not preChat"),
    ("submitOfflineForm", [{}], "submitOfflineForm: the chat is in phase closed"),
    ("agentJoin", ["Ann"], "agentJoin: the chat is in phase closed, not chatWindow"),
    ("agentMessage", ["hi"], "agentMessage: the chat is in phase closed"),
    ("confirmEnd", [True], "confirmEnd: the chat is not asking endChatConfirmation"),
    ("setScenario", [{"onlin": False}], "setScenario: unknown option onlin"),
])
def test_emulator_controls_that_make_no_sense_now_throw(open_chat, action, args, message):
    chat = open_chat()
    with pytest.raises(Error, match=message):
        chat.call(action, *args)


def test_agent_controls_need_a_connected_agent(open_chat):
    chat = open_chat()
    reach(chat, "chatWindow")
    for action in ("agentTyping", "agentLeave", "agentMessage"):
        with pytest.raises(Error, match="no agent is connected"):
            chat.call(action, "x")


def test_emulator_controls_wait_for_the_chat_to_start(open_chat):
    chat = open_chat(scenario={"initDelayMs": 60_000}, started=False)
    chat.page.wait_for_function("() => window.__8x8Emulator !== undefined")
    with pytest.raises(Error, match="clickButton: the chat has not started yet"):
        chat.click_button()
    assert chat.state()["started"] is False
