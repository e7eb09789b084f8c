// ---------------------------------------------------------------- Phases

// Which window is open (closed, invitation, preChat, chatWindow, offlineForm) and how the
// page's triggers, the customer and the agent move it.
const Phases = {
    // Invitation Window Trigger: "it will only be open if the customer is not in a
    // Pre-chat, Chat window or Offline form. So, it will show the Invitation window if
    // the chat is closed or if it is displaying another Invitation. In this last case,
    // the Invitation will be replaced by the new one." (documented)
    triggerInvitation: function () {
        if (chat.phase === "closed" || chat.phase === "invitation") {
            Phases.open("invitation", true);
        }
    },

    // Pre-Chat window trigger: "it will show the Pre-Chat window if the chat is closed or
    // if it is displaying an Invitation window." (documented)
    triggerPreChat: function () {
        if (chat.phase === "closed" || chat.phase === "invitation") {
            Phases.open(Phases.orOffline("preChat"), true);
        }
    },

    // Chat window trigger: "it will only be open if the customer is not in a Chat
    // window. So, it will show the Chat window if the chat is closed or if it is
    // displaying an Invitation or Pre-Chat window." (documented)  SPEC 5.5: and from the
    // offline form.
    triggerChatWindow: function () {
        const next = Phases.orOffline("chatWindow");
        if (chat.phase !== "chatWindow" && chat.phase !== next) {
            Phases.open(next, true);
        }
    },

    // Without agents, every way into a chat leads to the offline form instead (*assumed*:
    // the Chat Script's usual routing when no agent is available).
    orOffline: function (phase) {
        return chat.scenario.online ? phase : "offlineForm";
    },

    // The chat button and an accepted invitation: the pre-chat form when the Chat Script
    // has one, else straight into the queue (*assumed*: the usual Chat Script).  `byApi`
    // when the page's code pressed it (v2's startChat: "Triggers the chat window,
    // simulating a button click", documented).
    start: function (byApi) {
        Phases.open(Phases.orOffline(chat.scenario.preChat ? "preChat" : "chatWindow"), Boolean(byApi));
    },

    // v2's startChat(): a button click, from where a click starts the chat.  *assumed*:
    // the interaction is flagged "started by Chat API" as v1's triggers flag it (v2's
    // documentation does not mention the flag).
    startByApi: function () {
        if (chat.phase === "closed" || chat.phase === "invitation") {
            Phases.start(true);
        }
    },

    // "Calling this message will trigger the Invitation window, which is displayed only
    // if an Invitation window is available for display in the Chat Script." and "If the
    // message Missing next step from step initInvitation [invitation] is shown in the
    // browser console ..., it means that the Invitation is not available" (documented).
    open: function (phase, byApi) {
        if (!chat.scenario[phase]) {
            Log.warn(format(TEXTS.missingStep, RULE_DATA.steps[phase], phase));
            return;
        }
        // "When triggering the Invitation, a flag will be displayed on both Transaction
        // Information Panel and Chat Log to identify the interaction was started by
        // Chat API." (documented)
        if (byApi) {
            chat.startedByApi = true;
        }
        chat.phase = phase;
        if (phase === "invitation") {
            chat.invitation += 1;
        }
        Signals.emit("opened", phase);
        if (phase === "chatWindow") {
            Phases.enterQueue();
        }
        View.render();
    },

    // Entering the chat window is entering the queue: the language is fixed, the session
    // is created and the customer information is sent (documented: "The passed data is
    // submitted to the server when the customer is assigned to a queue").
    enterQueue: function () {
        chat.queuedLanguage = Rules.language();
        if (chat.scenario.sessionError) {
            Phases.failSession();
            return;
        }
        chat.inSession = true;
        Phases.say("chatQueued");
        Signals.emit("sessionCreated");
        Rules.sendInfo("chatWindow");
    },

    // scenario.sessionError: the session cannot be created, so no info is sent and no
    // agent can join; the window says so and the customer can only close it (*assumed*:
    // the chat's errorInvalidLogin message, "We have encountered an error trying to start
    // a new chat", is the one meant for it).
    failSession: function () {
        Phases.say("errorInvalidLogin", "error");
        chat.ended = true;
        Signals.emit("sessionFailed");
    },

    // The customer leaves the queue by its skip-queue option, before an agent joined, for
    // the offline form (*assumed*: the chat has a "Skip Queue form data" message, so
    // skipping the queue leads to a form; the emulator's is the offline form).
    skipQueue: function () {
        Signals.emit("queueSkipped");
        Phases.endSession();
        Phases.open("offlineForm", false);
    },

    // A system message shown in the chat window's history.
    say: function (key, kind) {
        const shown = Rules.message(key);
        chat.history.push({ kind: kind || "info", text: shown, sender: "" });
        chat.log.push(shown);
    },

    // "The API call to end the chat closes the chat window if an agent is not connected."
    // "The API call to end the chat triggers the confirmation to close if an agent is
    // connected." (documented)  The chat window's end and close controls do the same
    // (*assumed*), with `by` "user" instead of "chat-api".
    end: function (by) {
        if (chat.phase === "closed") {
            return;
        }
        if (chat.agent === null) {
            Phases.close(by);
        } else if (!chat.confirmingEnd) {
            chat.confirmingEnd = true;
            chat.acknowledge = Rules.message("endChatConfirmation");
            chat.log.push(chat.acknowledge);
            View.render();
        }
    },

    // The customer's answer to endChatConfirmation.
    confirmEnd: function (yes) {
        chat.confirmingEnd = false;
        chat.acknowledge = null;
        if (yes) {
            Phases.say("chatEnded");
            chat.agent = null;
            chat.typing = false;
            chat.ended = true;
            chat.acknowledge = Rules.message("endChatNotification");
            chat.log.push(chat.acknowledge);
            Phases.endSession();
        }
        View.render();
    },

    // v2's endChat(): "During pre-chat stages (button, invitation, or pre-chat form): The
    // chat UI is closed immediately." "During an active chat session: The active
    // interaction is terminated via the server API, the chat window is closed" and "the
    // chat ends without showing a confirmation dialog to the customer." "If endChat() is
    // called when no chat is active, it has no effect." (documented, end-chat.md)
    closeNow: function (by) {
        if (chat.phase !== "closed") {
            Phases.close(by);
        }
    },

    endSession: function () {
        if (chat.inSession) {
            chat.inSession = false;
            Signals.emit("sessionEnded");
        }
    },

    // Back to the chat button; what belonged to this interaction goes.
    close: function (by) {
        Phases.endSession();
        Object.assign(chat, {
            phase: "closed", preChatLanguage: null, queuedLanguage: null, agent: null,
            agentNamed: false, hadAgent: false, typing: false, startedByApi: false,
            confirmingEnd: false, ended: false, history: [], acknowledge: null,
        });
        View.render();
        Signals.emit("closed", by);
    },

    submitPreChat: function (fields) {
        if (chat.scenario.languageQuestion) {
            const answer = hasOwn(fields, "language") ? fields.language : View.languageAnswer();
            if (!hasOwn(RULE_DATA.languages, answer)) {
                throw new Error("submitPreChat: language " + text(answer) + " is not an option of the drop-down");
            }
            chat.preChatLanguage = answer;
        }
        chat.form = snapshot(fields);
        Phases.open(Phases.orOffline("chatWindow"), false);
    },

    submitOfflineForm: function (fields) {
        chat.form = snapshot(fields);
        Rules.sendInfo("offlineForm");
        Phases.close("user");
    },

    agentJoin: function (name) {
        const named = typeof name === "string" && name !== "";
        chat.agent = named ? name : Rules.message("agent");
        chat.agentNamed = named;
        if (named) {
            Phases.say("chatEstablishedName");
        } else {
            Phases.say(chat.hadAgent ? "chatEstablishedAgentNew" : "chatEstablishedAgent");
        }
        chat.hadAgent = true;
        View.render();
    },

    agentTyping: function () {
        chat.typing = true;
        chat.log.push(Rules.message(chat.agentNamed ? "agentTypingName" : "agentTyping"));
        View.render();
    },

    agentMessage: function (message) {
        chat.typing = false;
        chat.history.push({ kind: "incoming", text: text(message), sender: chat.agent });
        chat.transcript.push({ from: "agent", text: text(message) });
        View.render();
    },

    customerMessage: function (message) {
        chat.history.push({ kind: "outgoing", text: message, sender: "" });
        chat.transcript.push({ from: "customer", text: message });
        View.render();
    },

    agentLeave: function () {
        chat.typing = false;
        Phases.say("agentDisconnected");
        chat.agent = null;
        chat.agentNamed = false;
        View.render();
    },
};
