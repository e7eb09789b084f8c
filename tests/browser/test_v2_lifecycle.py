"""The eleven setProxy callbacks at the moments event-callbacks.md describes, startChat and
endChat as trigger-webchat.md and end-chat.md describe them, with 8x8's v2 snippet and
chatkit's.  The page registers every callback (names typed from event-callbacks.md) and
records each call with its arguments on window.fired."""

import pytest
from playwright.sync_api import Error
from v2_support import RECORD_CALLBACKS

pytestmark = pytest.mark.browser


def fired(chat):
    """The callbacks the page received so far, settled: [[name, *arguments]]."""
    chat.settle()
    return chat.page.evaluate("window.fired")


def since(chat, mark):
    return fired(chat)[mark:]


@pytest.fixture
def app(open_chat_app):
    """Open 8x8's snippet whose callback registers all eleven callbacks."""

    def open_page(**options):
        return open_chat_app(callback=RECORD_CALLBACKS, **options)

    return open_page


def test_on_app_start_fires_once_the_widget_has_initialised(app):
    # "onAppStart: Fired when the chat widget initialization completes."
    chat = app()
    assert fired(chat) == [["onAppStart"]]
    assert chat.callbacks == [{"callback": "onAppStart", "args": []}]


def test_the_whole_way_through_a_chat_fires_each_callback_at_its_moment(app):
    chat = app()
    chat.show_invitation()
    # "onOpenInvitation: Fired when the invitation UI is displayed to the customer."
    assert since(chat, 1) == [["onOpenInvitation"]]
    chat.accept_invitation()
    # "onOpenOnlineForm: Fired when the pre-chat form is displayed."
    assert since(chat, 2) == [["onOpenOnlineForm"]]
    chat.submit_pre_chat({"name": "James"})
    # "onOpenChat: Fired when the chat window opens and the customer enters a queue";
    # "onSessionCreated: Fired when a chat session is successfully created on the server";
    # "onCustomerInfoSent: Fired when customer information ... has been transmitted"
    assert since(chat, 3) == [["onOpenChat"], ["onSessionCreated"], ["onCustomerInfoSent"]]
    chat.agent_join("Ann")
    chat.agent_message("Hello")
    assert since(chat, 6) == []
    frame = chat.page.frame_locator("#__8x8-chat-window")
    frame.locator(".control.end").click()
    frame.locator(".confirm-close button", has_text="Yes").click()
    # "onSessionEnd: Fired when the chat session ends on the server."
    assert since(chat, 6) == [["onSessionEnd"]]
    frame.locator(".control.close").click()
    # "onAppEnd ... 'user' (customer clicked the close button)"
    assert since(chat, 7) == [["onAppEnd", "user"]]
    assert chat.state()["phase"] == "closed"


def test_the_offline_form_fires_its_callback_and_info_sent_on_submission(app):
    chat = app(scenario={"online": False})
    chat.click_button()
    # "onOpenOfflineForm: Fired when the offline form is displayed (when no agents are
    # available)."
    assert since(chat, 1) == [["onOpenOfflineForm"]]
    chat.submit_offline_form({"message": "Call me"})
    assert since(chat, 2) == [["onCustomerInfoSent"], ["onAppEnd", "user"]]
    assert chat.state()["submissions"][0]["phase"] == "offlineForm"


def test_skip_queue_fires_on_skip_queue_and_leads_to_the_offline_form(app):
    # "onSkipQueue: Fired when the skip queue option is used."
    chat = app(scenario={"preChat": False})
    chat.click_button()
    mark = len(fired(chat))
    chat.skip_queue()
    assert since(chat, mark) == [["onSkipQueue"], ["onSessionEnd"], ["onOpenOfflineForm"]]
    assert chat.state()["phase"] == "offlineForm"


def test_skip_queue_is_only_for_a_customer_waiting_in_the_queue(app):
    chat = app(scenario={"preChat": False})
    with pytest.raises(Error, match="skipQueue: the chat is in phase closed"):
        chat.skip_queue()
    chat.click_button()
    chat.agent_join("Ann")
    with pytest.raises(Error, match="skipQueue: the customer is not waiting in the queue"):
        chat.skip_queue()


def test_a_session_that_cannot_be_created_fires_on_session_error(app):
    # "onSessionError: Fired when the chat session encounters an error."
    chat = app(scenario={"preChat": False, "sessionError": True})
    chat.click_button()
    assert since(chat, 1) == [["onOpenChat"], ["onSessionError"]]
    state = chat.state()
    assert state["submissions"] == [] and state["ended"] is True
    assert chat.in_window(".chat-error-msg") == [
        "We have encountered an error trying to start a new chat. Please try again later."]
    chat.page.frame_locator("#__8x8-chat-window").locator(".control.close").click()
    assert since(chat, 3) == [["onAppEnd", "user"]]


def test_dismissing_the_invitation_ends_the_widget_by_the_user(app):
    chat = app()
    chat.show_invitation()
    chat.page.click("#__8x8-chat-invitation >> text=No, thanks")
    assert since(chat, 1) == [["onOpenInvitation"], ["onAppEnd", "user"]]


# -- startChat (trigger-webchat.md: "Triggers the chat window, simulating a button click.")

@pytest.mark.parametrize("scenario, after", [
    ({}, "preChat"),  # the button leads to the pre-chat form
    ({"preChat": False}, "chatWindow"),  # or straight into the queue
    ({"online": False}, "offlineForm"),  # no agents: the offline form
])
def test_start_chat_does_what_the_button_does(app, scenario, after):
    chat = app(scenario=scenario)
    chat.start_chat()
    assert chat.state()["phase"] == after


def test_start_chat_from_the_invitation_starts_and_from_a_form_does_nothing(app):
    chat = app()
    chat.show_invitation()
    chat.start_chat()
    assert chat.state()["phase"] == "preChat"
    chat.start_chat()
    state = chat.state()
    assert state["phase"] == "preChat" and state["warnings"] == []


# -- endChat (end-chat.md) -----------------------------------------------------------

def test_end_chat_with_no_chat_active_has_no_effect(app):
    # "If endChat() is called when no chat is active, it has no effect."
    chat = app()
    chat.end_chat()
    assert since(chat, 1) == [] and chat.state()["phase"] == "closed"


@pytest.mark.parametrize("reach", ["invitation", "preChat", "offlineForm"])
def test_end_chat_before_a_session_closes_the_ui_at_once(app, reach):
    # "During pre-chat stages (button, invitation, or pre-chat form): The chat UI is closed
    # immediately. No API calls to the server are made since no conversation exists yet."
    chat = app(scenario={"online": reach != "offlineForm"})
    if reach == "invitation":
        chat.show_invitation()
    else:
        chat.click_button()
    mark = len(fired(chat))
    chat.end_chat()
    assert since(chat, mark) == [["onAppEnd", "chat-api"]]
    state = chat.state()
    assert state["phase"] == "closed" and state["submissions"] == []
    assert chat.page.locator("#__8x8-chat-window, #__8x8-chat-invitation").count() == 0


def test_end_chat_in_a_session_ends_it_without_asking_the_customer(app):
    # "When called during an active session, the chat ends without showing a confirmation
    # dialog to the customer." "The active interaction is terminated via the server API,
    # the chat window is closed"
    chat = app(scenario={"preChat": False})
    chat.click_button()
    chat.agent_join("Ann")
    mark = len(fired(chat))
    chat.end_chat()
    assert since(chat, mark) == [["onSessionEnd"], ["onAppEnd", "chat-api"]]
    state = chat.state()
    assert state["phase"] == "closed" and state["confirmingEnd"] is False
    assert state["agent"] is None
    assert "Are you sure you want to end this chat session?" not in state["log"]
    assert chat.page.locator("#__8x8-chat-window").count() == 0


def test_on_app_end_waits_for_the_chat_to_terminate_after_end_chat_returns(app):
    # "The endChat() method initiates the termination process but returns immediately"
    chat = app(scenario={"preChat": False, "latencyMs": 300})
    chat.click_button()
    mark = len(fired(chat))
    during = chat.page.evaluate("""() => {
        window.chatApp.endChat();
        return [window.fired.length, window.__8x8Emulator.state().phase];
    }""")
    assert during == [mark, "chatWindow"]
    assert since(chat, mark) == [["onSessionEnd"], ["onAppEnd", "chat-api"]]


def test_callbacks_stay_registered_for_the_next_chat(app):
    # "Callbacks are registered once and remain active for the entire chat session
    # lifecycle."
    chat = app()
    chat.start_chat()
    chat.end_chat()
    chat.start_chat()
    assert since(chat, 1) == [["onOpenOnlineForm"], ["onAppEnd", "chat-api"],
                              ["onOpenOnlineForm"]]


# -- setProxy itself ---------------------------------------------------------------------

def test_only_the_callbacks_provided_are_called(open_chat_app):
    # "You only need to provide the callbacks you want to use. Any missing callbacks are
    # ignored."
    chat = open_chat_app(callback="""function (chatApp) {
        window.chatApp = chatApp; window.ends = [];
        chatApp.setProxy({onAppEnd: function (reason) { window.ends.push(reason); }});
    }""")
    chat.start_chat()
    chat.end_chat()
    chat.settle()
    assert chat.page.evaluate("window.ends") == ["chat-api"]
    assert [c["callback"] for c in chat.callbacks] == ["onAppStart", "onOpenOnlineForm",
                                                       "onAppEnd"]
    assert chat.notes == [] and chat.errors == []


def test_a_second_set_proxy_replaces_the_first_ones_callbacks(open_chat_app):
    chat = open_chat_app(callback="""function (chatApp) {
        window.chatApp = chatApp; window.seen = [];
        chatApp.setProxy({onAppStart: function () { window.seen.push("first start"); },
                          onAppEnd: function () { window.seen.push("first end"); }})
               .setProxy({onAppEnd: function (r) { window.seen.push("second end " + r); }});
    }""")
    chat.start_chat()
    chat.end_chat()
    chat.settle()
    assert chat.page.evaluate("window.seen") == ["second end chat-api"]
    assert chat.notes == ["setProxy was called again: its callbacks replace those of the "
                          "first call (8x8 does not say what a second call does; the emulator "
                          "assumes it replaces them)"]


def test_a_callback_that_throws_is_logged_and_the_chat_goes_on(open_chat_app):
    chat = open_chat_app(callback="""function (chatApp) {
        window.chatApp = chatApp; window.seen = [];
        chatApp.setProxy({
            onOpenOnlineForm: function () { throw new Error("analytics down"); },
            onAppEnd: function (reason) { window.seen.push(reason); },
        });
    }""")
    chat.start_chat()
    chat.end_chat()
    chat.settle()
    assert chat.page.evaluate("window.seen") == ["chat-api"]
    assert chat.notes == ["onOpenOnlineForm: the page's callback threw Error: analytics down; "
                          "the chat went on"]
    assert chat.errors == []


def test_set_proxy_with_unknown_names_or_values_that_are_not_functions_is_noted(open_chat_app):
    chat = open_chat_app(callback="""function (chatApp) {
        window.chatApp = chatApp;
        chatApp.setProxy({onChatEnd: function () {}, onAppStart: "start", onAppEnd: null});
    }""")
    notes = chat.notes
    assert notes[0].startswith("setProxy: onChatEnd is not a callback of the chat")
    assert notes[1] == 'setProxy: onAppStart is "start", not a function; it is never called'
    assert len(notes) == 2  # null, like a missing callback, is ignored


def test_set_proxy_after_the_chat_started_misses_on_app_start_and_is_noted(open_chat_app):
    # "The setProxy() method should be called during initialization (inside the callback
    # function), before the chat starts."
    chat = open_chat_app()
    chat.page.evaluate("""() => { window.seen = [];
        window.chatApp.setProxy({onAppStart: () => window.seen.push("start"),
                                 onOpenOnlineForm: () => window.seen.push("form")}); }""")
    chat.start_chat()
    chat.settle()
    assert chat.page.evaluate("window.seen") == ["form"]
    [note] = chat.notes
    assert note.startswith("setProxy was called after the chat started")


def test_callbacks_are_called_with_the_proxy_object_as_this(open_chat_app):
    chat = open_chat_app(callback="""function (chatApp) {
        window.chatApp = chatApp;
        window.proxy = {name: "mine", onAppStart: function () { window.self = this.name; }};
        chatApp.setProxy(window.proxy);
    }""")
    chat.settle()
    assert chat.page.evaluate("window.self") == "mine"
