// ---------------------------------------------------------------- Front (v2)

// The page-facing part of the v2 chat.  8x8's v2 snippet (webchat-script.md) loads
// chatv3.js with an `init` and a `customerror` listener on the script element:
//     function handleInitEvent(e) { var initFn = e.detail.init; initFn(config, cb); ... }
//     function handleErrorEvent(e) { ef && ef(e); ... }
// so chatv3.js dispatches `init` on its own script element with detail.init; init checks
// the config, starts the chat, and calls the page's callback with a chatApp ("Once the
// script is loaded, the chatApp instance is passed to your callback function",
// documented).  Everything else is the core's.
const Front = {
    script: document.currentScript, // the snippet's script element, where the events go
    initCalled: false,
    // The chat's domain, as chatv3.js came from it: the window's files come from there.
    base: (function () {
        const script = document.currentScript;
        const loader = RULE_DATA.paths.loader;
        return script && script.src.slice(-loader.length) === loader ? script.src.slice(0, -loader.length) : "";
    })(),

    // The settings init needs.  *assumed*: v1's production check (uuid, tenant, domain,
    // channel and align, fact 1) under the v2 snippet's names, plus channelUuid, which
    // the v2 snippet sends to the discovery service (and chatkit requires for v2).
    REQUIRED: ["scriptUuid", "tenant", "channelName", "channelUuid", "domain", "align"],

    boot: function () {
        Core.install("v2");
        Policy.origin = Front.base ? new URL(Front.base).origin : null;
        Policy.dead = Front.deadWindow;
        Policy.listen();
        Core.extendState(Front.state);
        Callbacks.listen();
        Looks.install();
        Signals.on("sessionCreated", Looks.sendChosenReply);
        Signals.on("closed", function () {
            v2.chosenReply = null;
        });
        Object.assign(Emulator, { chooseQuickReply: Front.chooseQuickReply, agentFile: Front.agentFile });
        if (!Front.script) {
            Log.note("chatv3.js cannot tell which script element loaded it (document.currentScript is null), so it has nowhere to dispatch init");
            return;
        }
        // *assumed*: production dispatches init once its own code is ready; the
        // emulator's is ready as it runs.
        Front.script.dispatchEvent(new CustomEvent("init", { detail: { init: Front.init } }));
        if (!Front.initCalled) {
            Log.note("chatv3.js dispatched init on its script element and nothing called detail.init(config, callback) (8x8's v2 snippet calls it from its init listener)");
        }
    },

    // detail.init(config, callback), as the snippet's handleInitEvent calls it.
    init: function (config, callback) {
        if (Front.initCalled) {
            Log.note("init was called again; the chat has already started once and ignores it");
            return;
        }
        Front.initCalled = true;
        const invalid = Front.invalidConfig(config);
        if (invalid) {
            Core.refuse(invalid, config);
            Front.customError(invalid);
            return;
        }
        const settings = snapshot(config);
        Front.noteDomain(settings);
        Core.whenReady(settings, function () {
            Front.start(settings, callback);
        });
    },

    invalidConfig: function (config) {
        if (!isObject(config)) {
            return "init was given " + describe(config) + ", not the chat's config";
        }
        const missing = Front.REQUIRED.filter(function (name) {
            return !config[name];
        });
        if (missing.length) {
            return "config." + missing.join(", config.") + " missing or empty; the emulator starts only when " + Front.REQUIRED.join(", ") + " are all set (as v1's chat does with its own names)";
        }
        return null;
    },

    // A failed start.  *assumed*: 8x8 does not document it; the snippet listens for
    // `customerror` on the script element and hands the event to its third argument
    // (`ef && ef(e)`), so the emulator fires it there, later, with the reason in
    // detail.message.
    customError: function (reason) {
        Delivery.send(function () {
            if (Front.script) {
                Front.script.dispatchEvent(new CustomEvent("customerror", { detail: { message: reason } }));
            }
        });
    },

    // v1's chat never starts when domain is not exactly its origin (fact 3).  Whether v2
    // checks it is not known: the emulator starts, and notes the difference.
    noteDomain: function (config) {
        const origin = Front.script && Front.script.src ? new URL(Front.script.src).origin : null;
        if (origin !== null && config.domain !== origin) {
            Log.note("config.domain is " + describe(config.domain) + " but chatv3.js came from " + origin + "; the v1 chat would never start so (it compares the two as strings); whether v2 does is not known, so the emulator starts");
        }
    },

    // The chat starts: the button, the theme, then the page's callback with its chatApp.
    start: function (config, callback) {
        Theme.read(config.themeCustom);
        Core.start(config, { title: config.channelName });
        Theme.applyToPage();
        const app = ChatApp.create();
        v2.chatApp = app;
        Emulator.chatApp = app;
        try {
            if (typeof callback === "function") {
                callback(app);
            }
        } catch (error) {
            // *assumed*: as v1's onInit, the callback runs unguarded (an uncaught error in
            // the page) and the chat goes on.
            Log.note("the callback threw " + text(error) + "; the chat went on (an uncaught error in the page)");
            reportUncaught(error);
        }
        Core.started();
    },

    // The window's script never ran: a policy that blocks it is the likely cause.
    deadWindow: function () {
        const src = Front.base + RULE_DATA.paths.windowScript;
        return "the chat window's script " + src + " did not run (its frame stayed blank): the page's Content-Security-Policy applies to the widget's sandboxed iframe srcdoc (8x8's CSP guide), so its script-src must allow " + new URL(src).origin + " (the widget's scripts are external files, allowed by host; a nonce or 'strict-dynamic' alone does not allow them)";
    },

    // state() for v2: v1's, plus what only v2 has.
    state: function () {
        return {
            quickReplies: v2.quickReplies,
            notificationSound: v2.notificationSound,
            theme: Theme.applied,
            callbacks: Callbacks.fired,
        };
    },

    // Controls only the v2 chat has (see Looks): the customer chooses a quick reply of
    // the invitation; the agent sends a file.
    chooseQuickReply: function (reply) {
        Emulator.expect("invitation", "chooseQuickReply");
        if (v2.quickReplies.indexOf(reply) === -1) {
            throw new Error("chooseQuickReply: " + describe(reply) + " is not a quick reply of the invitation (" + (v2.quickReplies.map(describe).join(", ") || "none: setInvitationQuickReplies sets them") + ")");
        }
        v2.chosenReply = reply;
        Phases.start();
    },

    agentFile: function (name) {
        Emulator.expectAgent("agentFile");
        const file = text(name);
        chat.typing = false;
        chat.history.push({ kind: "incoming", text: file, sender: chat.agent, attachment: true });
        chat.transcript.push({ from: "agent", text: file, attachment: true });
        View.render();
    },
};

Front.boot();
