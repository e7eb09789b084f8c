// ---------------------------------------------------------------- Looks

// The page's side of the v2 window (the window's own script, static/emulator/window/
// v2.js, draws its parts): the sandboxed srcdoc frame, what the window's model adds, and
// the quick replies of the invitation, on the page.  8x8 publishes no DOM of its v2
// window: these parts and how they behave are the emulator's (*assumed*), each chosen to
// make a glossary entry visible.
const Looks = {
    shownReplies: null, // the quick replies on show, as JSON, and where
    repliesBox: null,

    install: function () {
        View.extend("frame", Looks.frame);
        View.extend("model", Looks.model);
        View.extend("render", Looks.renderQuickReplies);
        // The customer turns the sound on or off in the window's header menu.
        View.actions.toggleSound = function () {
            v2.notificationSound = !v2.notificationSound;
            View.render();
        };
    },

    // The widget's frame: "The widget is injected as a sandboxed iframe srcdoc, with
    // these sandbox permissions: allow-scripts allow-downloads allow-modals allow-popups
    // allow-popups-to-escape-sandbox." (documented, content-security-policy.md)  No
    // allow-same-origin: its origin is opaque, the page cannot read it, and the page's
    // policy is its own ("Because the iframe is srcdoc, your page's CSP is the only
    // policy the browser enforces on the widget").  "All widget scripts load from
    // external files (no inline <script> blocks)" (documented): its one script comes
    // from the chat's domain, without a nonce (*assumed*: 8x8's guide allows the
    // widget's scripts by host only).
    frame: function (frame) {
        frame.setAttribute("sandbox", RULE_DATA.frame.sandbox);
        const src = Front.base + RULE_DATA.paths.windowScript;
        frame.srcdoc = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Chat</title>'
            + '<script src="' + Looks.attribute(src) + '"></script></head><body></body></html>';
    },

    attribute: function (value) {
        return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    },

    // What the v2 window draws beside the shared model: the sound switch, the loader
    // while the customer waits for an agent, the theme's rules for the window.
    model: function (model) {
        model.v2 = {
            sound: v2.notificationSound,
            waiting: chat.phase === "chatWindow" && chat.inSession && chat.agent === null,
            theme: Theme.rules("window"),
        };
    },

    // "Quick replies are shown in the invitation UI before the customer enters the chat."
    // (documented)  Each is a button above the invitation's own; choosing one starts the
    // chat, and the reply is the customer's first message once the chat window opens
    // (*assumed*: "predefined response options that make it easier for customers to start
    // a conversation without typing").
    renderQuickReplies: function () {
        if (!chat.config) {
            return;
        }
        const box = document.getElementById(DOM.hostIds.invitation);
        const wanted = JSON.stringify(v2.quickReplies);
        if (!box || box === Looks.repliesBox && wanted === Looks.shownReplies) {
            return;
        }
        Array.prototype.slice.call(box.children).forEach(function (child) {
            if (child.classList.contains(DOM.quickReplies.classes[0])) {
                child.remove();
            }
        });
        Looks.repliesBox = box;
        Looks.shownReplies = wanted;
        if (!v2.quickReplies.length) {
            return;
        }
        const holder = View.build(document, DOM.quickReplies, null, null);
        Object.assign(holder.style, { display: "flex", flexDirection: "column", gap: "4px", margin: "8px 0" });
        v2.quickReplies.forEach(function (reply) {
            const button = View.create(document, "button", { type: "button", textContent: reply }, holder);
            View.on(button, function () {
                Emulator.chooseQuickReply(reply);
            });
        });
        box.insertBefore(holder, box.querySelector("button"));
    },

    // The chosen quick reply, sent as the customer enters the queue.
    sendChosenReply: function () {
        if (v2.chosenReply !== null) {
            const reply = v2.chosenReply;
            v2.chosenReply = null;
            Phases.customerMessage(reply);
        }
    },
};
