// ---------------------------------------------------------------- Core

// What a front (the page-facing part of one chat version) does with the core.  The whole
// interface; v1's front is static/emulator/v1/, a v2 front (chatv3.js) uses the same:
//
//   Core.install(api)           as the script runs: names the version ("v1", "v2"), reads
//                               window.__8x8EmulatorScenario and puts window.__8x8Emulator
//                               in place, so state() answers whether or not the chat starts
//   Core.refuse(reason, config) the chat will not start: the emulator's note says why
//   Core.whenReady(config, go)  after scenario.initDelayMs (production: its server round
//                               trips) and once the button container can exist, go()
//   Core.start(config, looks)   the chat starts: config is what the front read, with
//                               buttonContainerId and align; `looks` is {title,
//                               stylesheetURL, systemMessages}, by default config's
//                               channel, stylesheetURL and customSystemMessages (read
//                               here, once: fact 4); shows the button
//   Core.started()              the page has its handle (v1: onInit ran; v2: the
//                               callback ran): state().started, Signals "started"
//   Core.act(action, value)     one of Core.ACTIONS, on a value the front has already
//                               carried as production does (v1: the JSON hop), inside a
//                               Delivery.send so it happens later, in order
//   Core.extendState(fn)        state() also has fn()'s keys (v2: quickReplies...)
//   View.extend(point, fn)      the front's additions to the chat's looks: "window"
//                               fn(doc, parts) once a chat window is built, "message"
//                               fn(doc, entry, parts) for each history entry shown,
//                               "render" fn() after each render
//   Signals.on(moment, fn)      the lifecycle moments (see Signals) the front turns into
//                               events for the page (v1: customer:info-sent; v2: setProxy)
//   Delivery.send(fn)           run fn later, in order, after scenario.latencyMs: every
//                               event for the page goes through it
//   Log.warn / note / error     the chat's warnings, the emulator's notes, errors
//   Emulator.<extra> = ...      what only this version's tests need (v1: Emulator.bus)
const Core = {
    // What the page can ask of the chat, by the core's names; a front maps its own
    // (v1 topics, v2 chatApp methods) onto these.
    ACTIONS: {
        setInfo: Rules.setInfo,
        resetInfo: Rules.resetInfo,
        setLanguage: Rules.setLanguage,
        setVariables: Rules.setVariables,
        triggerInvitation: Phases.triggerInvitation,
        triggerPreChat: Phases.triggerPreChat,
        triggerChatWindow: Phases.triggerChatWindow,
        end: function () {
            Phases.end("chat-api");
        },
        // v2's startChat() and endChat() (see Phases.startByApi, Phases.closeNow).
        startChat: Phases.startByApi,
        endChat: function () {
            Phases.closeNow("chat-api");
        },
    },

    stateExtras: [], // functions whose keys state() adds

    install: function (api) {
        Emulator.api = api;
        const given = window.__8x8EmulatorScenario;
        if (isObject(given)) {
            try {
                Emulator.setScenario(given);
            } catch (error) {
                Log.error("8x8 emulator: window.__8x8EmulatorScenario", error);
            }
        }
        window.__8x8Emulator = Emulator;
    },

    refuse: function (reason, config) {
        chat.config = isObject(config) ? config : null;
        Log.note("The chat did not start: " + reason);
    },

    whenReady: function (config, go) {
        window.setTimeout(function () {
            if (document.getElementById(config.buttonContainerId) || document.readyState !== "loading") {
                go();
            } else {
                document.addEventListener("DOMContentLoaded", go);
            }
        }, Number(chat.scenario.initDelayMs) || 0);
    },

    start: function (config, looks) {
        chat.config = config;
        looks = looks || {
            title: config.channel,
            stylesheetURL: config.stylesheetURL,
            systemMessages: config.customSystemMessages,
        };
        chat.looks = { title: looks.title, stylesheetURL: looks.stylesheetURL || null };
        Rules.readSystemMessages(looks.systemMessages);
        View.render();
    },

    started: function () {
        chat.started = true;
        Signals.emit("started");
    },

    act: function (action, value) {
        Core.ACTIONS[action](value);
    },

    extendState: function (extras) {
        Core.stateExtras.push(extras);
    },
};
