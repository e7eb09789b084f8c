// ---------------------------------------------------------------- Emulator

// window.__8x8Emulator: control and inspection for tests and the preview (SPEC 7).  The
// controls act in the chat window as the customer and the agent would, so they change the
// chat at once; what they cause for the page (customer:info-sent...) comes later, through
// Delivery.  A control that makes no sense in the current phase throws, so a test that
// calls it learns at once.
const Emulator = {
    api: null, // the chat version the front emulates: "v1" (__8x8Chat and its bus), "v2"

    // The chat button: from closed (or an open invitation) the chat starts.
    clickButton: function () {
        Emulator.expectStarted("clickButton");
        if (chat.phase === "closed" || chat.phase === "invitation") {
            Phases.start();
        }
    },

    acceptInvitation: function () {
        Emulator.expect("invitation", "acceptInvitation");
        Phases.start();
    },

    // The Chat Script shows its invitation by its own rule (time on the page...), with no
    // call of the page (*assumed*: production's rules live in the tenant's Chat Script;
    // v2 has no invitation trigger, so this is how a v2 invitation appears).
    showInvitation: function () {
        Emulator.expectStarted("showInvitation");
        if (!chat.scenario.invitation) {
            throw new Error("showInvitation: the Chat Script has no invitation (scenario invitation: false)");
        }
        if (chat.phase !== "closed" && chat.phase !== "invitation") {
            throw new Error("showInvitation: the chat is in phase " + chat.phase + ", not closed or invitation");
        }
        Phases.open("invitation", false);
    },

    submitPreChat: function (fields) {
        Emulator.expect("preChat", "submitPreChat");
        Phases.submitPreChat(isObject(fields) ? fields : {});
    },

    submitOfflineForm: function (fields) {
        Emulator.expect("offlineForm", "submitOfflineForm");
        Phases.submitOfflineForm(isObject(fields) ? fields : {});
    },

    // The customer waiting in the queue uses its skip-queue option (see Phases.skipQueue).
    skipQueue: function () {
        Emulator.expectChat("skipQueue");
        if (chat.agent !== null || !chat.inSession) {
            throw new Error("skipQueue: the customer is not waiting in the queue (an agent joined, or there is no session)");
        }
        if (!chat.scenario.offlineForm) {
            throw new Error("skipQueue: the Chat Script has no offline form to skip the queue to (scenario offlineForm: false)");
        }
        Phases.skipQueue();
    },

    agentJoin: function (name) {
        Emulator.expectChat("agentJoin");
        Phases.agentJoin(name);
    },

    agentLeave: function () {
        Emulator.expectAgent("agentLeave");
        Phases.agentLeave();
    },

    agentTyping: function () {
        Emulator.expectAgent("agentTyping");
        Phases.agentTyping();
    },

    agentMessage: function (message) {
        Emulator.expectAgent("agentMessage");
        Phases.agentMessage(message);
    },

    confirmEnd: function (yes) {
        Emulator.expectStarted("confirmEnd");
        if (!chat.confirmingEnd) {
            throw new Error("confirmEnd: the chat is not asking endChatConfirmation");
        }
        Phases.confirmEnd(Boolean(yes));
    },

    // E.g. setScenario({online: false}) to run out of agents.
    setScenario: function (partial) {
        Object.keys(partial || {}).forEach(function (key) {
            if (!hasOwn(DEFAULT_SCENARIO, key)) {
                throw new Error("setScenario: unknown option " + key + " (options: " + Object.keys(DEFAULT_SCENARIO).join(", ") + ")");
            }
            const problem = hasOwn(SCENARIO_CHECKS, key) ? SCENARIO_CHECKS[key](partial[key]) : null;
            if (problem) {
                throw new Error("setScenario: " + key + " must be " + problem + ", not " + text(partial[key]));
            }
        });
        Object.keys(partial || {}).forEach(function (key) {
            chat.scenario[key] = partial[key];
        });
        if (chat.started) {
            View.render();
        }
    },

    // Resolves once nothing is in flight between the page and the chat, so that what the
    // page published has been applied and what the chat sent the page has arrived, and
    // the chat window has drawn it (and what the customer did there has reached the page).
    settled: function () {
        return Delivery.settled().then(Link.settled).then(function (again) {
            return again || Delivery.queue.length ? Emulator.settled() : undefined;
        });
    },

    // For each element of the chat window matching `selector`, once settled: its text
    // ("text"), whether it is shown ("visible"), or the computed value of a CSS property
    // (waiting at most waitMs for the tenant's stylesheet).  The window is the chat's own
    // document, so the page asks it (postMessage), as the test kit and the preview do.
    inWindow: function (selector, what, waitMs) {
        return Emulator.settled().then(function () {
            return View.frame ? Link.query(selector, what || "text", Number(waitMs) || 4000) : [];
        });
    },

    // The chat as it is now (SPEC 7); a test reads it after settled().
    state: function () {
        const extras = {};
        Core.stateExtras.forEach(function (more) {
            Object.assign(extras, more());
        });
        return snapshot(Object.assign({
            api: Emulator.api,
            started: chat.started,
            phase: chat.phase,
            language: Rules.language(),
            customerInfo: chat.customerInfo,
            variables: chat.variables,
            agent: chat.agent,
            startedByApi: chat.startedByApi,
            confirmingEnd: chat.confirmingEnd,
            ended: chat.ended,
            systemMessages: Rules.messages(),
            stylesheetURL: chat.looks ? chat.looks.stylesheetURL
                : chat.config && chat.config.stylesheetURL || null,
            submissions: chat.submissions,
            warnings: Log.warnings,
            notes: Log.notes,
            log: chat.log,
            transcript: chat.transcript,
            scenario: chat.scenario,
            settings: chat.config, // the configuration as the chat read it
        }, extras));
    },

    expectStarted: function (action) {
        if (!chat.started) {
            throw new Error(action + ": the chat has not started yet (wait for state().started; state().notes says why when it cannot)");
        }
    },

    expect: function (phase, action) {
        Emulator.expectStarted(action);
        if (chat.phase !== phase) {
            throw new Error(action + ": the chat is in phase " + chat.phase + ", not " + phase);
        }
    },

    expectChat: function (action) {
        Emulator.expect("chatWindow", action);
        if (chat.ended) {
            throw new Error(action + ": the chat has ended");
        }
    },

    expectAgent: function (action) {
        Emulator.expectChat(action);
        if (chat.agent === null) {
            throw new Error(action + ": no agent is connected");
        }
    },
};
