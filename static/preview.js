/*
 * The controls and the agent's view of `chatkit serve`.
 *
 * Buttons with data-topic publish that topic on the v1 chat's bus, as a page's code
 * would (the snippet keeps the bus at window.__chatkit.bus); buttons with data-method
 * call that method of the v2 chat's chatApp (the snippet keeps it at
 * window.__chatkit.chatApp); buttons with data-control drive the 8x8 emulator as a
 * customer, an agent or the contact center would; with [server], buttons with
 * data-server ask chatkit serve (over its live socket) to flip the 8x8 emulator its
 * chatkit server asks, then the snippet asks its server again.  The panels show window.__8x8Emulator.state() (the chat's
 * warnings, and apart from them the emulator's notes on what production would
 * silently ignore), refreshed a few times a second; everything is written as
 * text, never as HTML.
 *
 * It runs first in the page, so it hears what goes wrong from the start: the chat's
 * warnings and the emulator's notes (from state()), what the Python hooks log
 * (console.error and console.warn lines starting "chatkit:") and uncaught errors.  Each
 * is listed once in the panel and sent once to `chatkit serve` over its live socket
 * (/__chatkit/live), which prints it in the terminal; the server sends back the
 * Content-Security-Policy violations the browser reported to it, and "reload" when a
 * file changed.
 */
(function (w, d) {
    "use strict";

    const REFRESH_MS = 250;
    const RECONNECT_MS = [1000, 2000, 5000];  // then every 5 s while chatkit serve is gone
    const TEXT_LIMIT = 4000;  // a report's characters: a traceback fits, a flood does not
    // What the panel's list of problems shows before each kind of report.
    const REPORTED = { chatkit: "chatkit in the page", error: "Page error", csp: "Content-Security-Policy" };

    // What each data-control button does to the emulator.
    const CONTROLS = {
        clickButton: function (emulator) { emulator.clickButton(); },
        submitPreChat: function (emulator) { emulator.submitPreChat({}); },
        agentJoin: function (emulator) { emulator.agentJoin(agentName()); },
        agentTyping: function (emulator) { emulator.agentTyping(); },
        agentMessage: function (emulator) { emulator.agentMessage("Hello! How can I help?"); },
        agentLeave: function (emulator) { emulator.agentLeave(); },
        goOffline: function (emulator) { emulator.setScenario({ online: false }); },
        goOnline: function (emulator) { emulator.setScenario({ online: true }); },
        // v2
        chooseQuickReply: function (emulator) {
            const replies = emulator.state().quickReplies;
            if (!replies.length) { throw new Error("the page set no quick replies"); }
            emulator.chooseQuickReply(replies[0]);
        },
        skipQueue: function (emulator) { emulator.skipQueue(); },
        agentFile: function (emulator) { emulator.agentFile("invoice.pdf"); },
        showInvitation: function (emulator) { emulator.showInvitation(); },
        sessionErrors: function (emulator) { emulator.setScenario({ sessionError: true }); },
        sessionsWork: function (emulator) { emulator.setScenario({ sessionError: false }); },
        // load = "consent": what the page's consent manager calls
        loadChat: function () { w.chatkit.load(); },
    };
    // The controls that work before the chat has loaded.
    const BEFORE_THE_CHAT = { loadChat: true };

    function agentName() {
        const input = d.getElementById("chatkit-agent-name");
        return input ? input.value : "";
    }

    function emulator() {
        return w.__8x8Emulator;
    }

    function bus() {
        return w.__chatkit && w.__chatkit.bus;
    }

    function chatApp() {
        return w.__chatkit && w.__chatkit.chatApp;
    }

    // A control the chat cannot do now (e.g. an agent joins a closed chat) says why.
    function run(button) {
        const status = d.getElementById("chatkit-action-error");
        status.textContent = "";
        try {
            if (button.dataset.server) {
                // chatkit serve flips its 8x8 emulator, then the snippet asks its server again.
                if (!socket || socket.readyState !== 1) { throw new Error("not connected to chatkit serve"); }
                send({ server: button.dataset.server });
            } else if (button.dataset.topic) {
                if (!bus()) { throw new Error("the chat has not started yet"); }
                bus().publish(button.dataset.topic);
            } else if (button.dataset.method) {
                if (!chatApp()) { throw new Error("the chat has not started yet"); }
                chatApp()[button.dataset.method]();
            } else {
                if (!emulator() && !BEFORE_THE_CHAT[button.dataset.control]) { throw new Error("the chat has not loaded yet"); }
                CONTROLS[button.dataset.control](emulator());
            }
        } catch (error) {
            status.textContent = button.textContent + ": " + (error && error.message || error);
        }
        refresh();
    }

    // The list's items, or one "empty" item saying what would appear there.
    function fill(list, items, emptyText) {
        const texts = items.map(String);
        if (list.dataset.shown === JSON.stringify(texts)) { return; }
        list.dataset.shown = JSON.stringify(texts);
        const shown = texts.length ? texts : [emptyText];
        list.replaceChildren.apply(list, shown.map(function (text) {
            const item = d.createElement("li");
            item.textContent = text;
            if (!texts.length) { item.className = "chatkit-empty"; }
            return item;
        }));
    }

    function pairs(object) {
        const keys = Object.keys(object || {});
        if (!keys.length) { return "none"; }
        return keys.map(function (key) { return key + " = " + JSON.stringify(object[key]); }).join(", ");
    }

    // One submission as the agent sees it: customer info, language, variables, the API flag.
    function describe(submission) {
        const where = submission.phase === "offlineForm" ? "Offline form" : "Queue";
        return where + " (language " + (submission.language || "default") + ")"
            + (submission.startedByApi ? ", started by Chat API" : "")
            + ". Customer info: " + pairs(submission.info)
            + ". Variables: " + pairs(submission.variables) + ".";
    }

    // What only the v2 chat has: its quick replies and its notification sound.
    function v2Line(state) {
        return " Quick replies: " + (state.quickReplies.length ? state.quickReplies.map(function (reply) {
            return JSON.stringify(reply);
        }).join(", ") : "none") + ". Notification sound " + (state.notificationSound ? "on" : "off") + ".";
    }

    function refresh() {
        const chat = emulator();
        if (!chat) { return; }
        const state = chat.state();
        state.warnings.forEach(function (text) { report("warning", text); });
        (state.notes || []).forEach(function (text) { report("note", text); });
        if (!state.started) { return; }
        const agent = state.agent ? ", agent " + state.agent : "";
        d.getElementById("chatkit-chat-state").textContent = "Phase: " + state.phase
            + ", language: " + (state.language || "default") + agent
            + (state.scenario.online ? "" : ", offline") + ". Customer info now: "
            + pairs(state.customerInfo) + "." + (state.api === "v2" ? v2Line(state) : "");
        fill(d.getElementById("chatkit-submissions"), state.submissions.map(describe),
            "Nothing yet: the chat sends the customer info when the customer enters the queue or sends the offline form.");
        fill(d.getElementById("chatkit-log"), state.log, "None yet.");
        fill(d.getElementById("chatkit-warnings"), state.warnings, "None.");
        fill(d.getElementById("chatkit-notes-log"), state.notes || [], "None.");
        const callbacks = d.getElementById("chatkit-callbacks");
        if (callbacks) {
            fill(callbacks, state.callbacks.map(function (fired) {
                return fired.callback + "(" + fired.args.map(function (arg) { return JSON.stringify(arg); }).join(", ") + ")";
            }), "None yet.");
        }
    }

    // -- what went wrong, once each: in the panel and to chatkit serve ----------------

    const reports = [];  // {kind, text}, in order
    const seen = new Set();
    const outbox = [];  // reports waiting for the socket
    let socket = null;

    function report(kind, text, fromServer) {
        text = String(text).slice(0, TEXT_LIMIT);
        const key = kind + "\n" + text;
        if (seen.has(key)) { return; }
        seen.add(key);
        reports.push({ kind: kind, text: text });
        if (!fromServer) { send({ kind: kind, text: text }); }
        showReports();
    }

    function showReports() {
        const list = d.getElementById("chatkit-reports");
        if (!list) { return; }
        fill(list, reports.filter(function (one) { return REPORTED[one.kind]; }).map(function (one) {
            return REPORTED[one.kind] + ": " + one.text;
        }), "None.");
    }

    function send(message) {
        if (socket && socket.readyState === 1) {
            socket.send(JSON.stringify(message));
        } else {
            outbox.push(message);
        }
    }

    function described(value) {
        if (value instanceof Error) { return value.stack || String(value); }
        if (typeof value === "string") { return value; }
        try { return JSON.stringify(value); } catch (error) { return String(value); }
    }

    // The Python hooks log through console.error and console.warn, "chatkit: ..." first.
    function listenToTheConsole() {
        ["error", "warn"].forEach(function (level) {
            const original = w.console[level];
            w.console[level] = function () {
                original.apply(w.console, arguments);
                const first = arguments[0];
                if (typeof first === "string" && first.indexOf("chatkit:") === 0) {
                    report("chatkit", Array.prototype.map.call(arguments, described).join(" "));
                }
            };
        });
        w.addEventListener("error", function (event) {
            const where = event.filename ? " (" + event.filename + ":" + event.lineno + ")" : "";
            report("error", (event.error ? described(event.error) : event.message) + where);
        });
        w.addEventListener("unhandledrejection", function (event) {
            report("error", "unhandled rejection: " + described(event.reason));
        });
    }

    // -- the live socket: reload on a change, reports both ways ------------------------

    function showLive(connected) {
        d.documentElement.dataset.live = connected ? "connected" : "disconnected";
        const status = d.getElementById("chatkit-live");
        if (!status) { return; }
        status.textContent = connected
            ? "This page reloads when you save the config, your hooks or your stylesheet."
            : "Not connected to chatkit serve: start it again and this page reloads.";
    }

    function connect(attempt) {
        const scheme = w.location.protocol === "https:" ? "wss://" : "ws://";
        socket = new w.WebSocket(scheme + w.location.host + "/__chatkit/live");
        socket.onopen = function () {
            if (attempt > 0) { w.location.reload(); return; }  // chatkit serve came back
            showLive(true);
            outbox.splice(0).forEach(send);
        };
        socket.onmessage = function (event) {
            const message = JSON.parse(event.data);
            if (message.reload) { w.location.reload(); }
            if (message.server) { flipped(message); }
            (message.reports || []).forEach(function (one) { report(one.kind, one.text, true); });
        };
        socket.onclose = function () {
            showLive(false);
            const wait = RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)];
            w.setTimeout(function () { connect(attempt + 1); }, wait);
        };
    }

    // chatkit serve's answer to a data-server button.
    function flipped(message) {
        const status = d.getElementById("chatkit-action-error");
        if (message.error) {
            status.textContent = message.server + ": " + message.error;
        } else if (w.__chatkit && typeof w.__chatkit.askAvailability === "function") {
            w.__chatkit.askAvailability(true);
        }
    }

    function start() {
        showLive(socket !== null && socket.readyState === 1);
        showReports();
        const controls = d.getElementById("chatkit-controls");
        if (!controls) { return; }  // the config has problems: the page lists them instead
        controls.addEventListener("click", function (event) {
            const button = event.target.closest("button[data-topic], button[data-method], button[data-control], button[data-server]");
            if (button) { run(button); }
        });
        w.setInterval(refresh, REFRESH_MS);
        refresh();
    }

    listenToTheConsole();
    connect(0);
    if (d.readyState === "loading") {
        d.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})(window, document);
