// ---------------------------------------------------------------- Looks

// What the v2 window adds to the shared one (chatkit.emulator.v2.WINDOW): the parts its
// theme properties name, so that each shows.  8x8 publishes no DOM of its v2 window:
// these parts and how they behave are the emulator's (*assumed*), each chosen to make a
// glossary entry visible.
const Looks = {
    shownReplies: null, // the quick replies on show, as JSON, and where
    repliesBox: null,

    install: function () {
        View.extend("window", Looks.window);
        View.extend("message", Looks.message);
        View.extend("render", Looks.render);
    },

    // A new chat window: its menu, its buttons' states, then the theme.
    window: function (doc, parts) {
        View.show(parts.menu, false);
        View.on(parts.menuButton, function () {
            View.show(parts.menu, parts.menu.style.display === "none");
        });
        // The header menu's one link: the customer turns the notification sound on or
        // off ("This preference is persisted for the duration of the chat session",
        // documented, notification-sound.md).
        View.on(parts.soundLink, function () {
            v2.notificationSound = !v2.notificationSound;
            View.render();
        });
        parts.field.addEventListener("input", Looks.renderButtons);
        parts.form.addEventListener("input", Looks.renderButtons);
        parts.form.addEventListener("reset", function () {
            window.setTimeout(Looks.renderButtons, 0);
        });
        Theme.apply(doc, "window");
    },

    render: function () {
        if (View.frame) {
            const parts = View.parts;
            parts.soundText.textContent = v2.notificationSound ? "Sound on" : "Sound off";
            // The loader while the customer waits in the queue for an agent.
            View.show(parts.loader, chat.phase === "chatWindow" && chat.inSession && chat.agent === null);
            Looks.renderButtons();
        }
        Looks.renderQuickReplies();
    },

    // Send is disabled while there is nothing to send, and the form's clear while there
    // is nothing to clear, so that a theme's disabled-button colours show.
    renderButtons: function () {
        const parts = View.parts;
        if (!View.frame) {
            return;
        }
        parts.send.disabled = !parts.field.value.trim();
        parts.clear.disabled = !Array.prototype.some.call(parts.form.elements, function (element) {
            return element.name && element.tagName !== "SELECT" && element.value !== "";
        });
    },

    // Links in the agent's and the customer's messages (the glossary's message link
    // colours); a file the agent sends is an attachment item with its download icon.
    message: function (doc, entry, parts) {
        if (entry.attachment) {
            const item = {};
            parts.content.textContent = "";
            View.build(doc, DOM.attachment, parts.content, item);
            item.link.textContent = entry.text;
            return;
        }
        if (entry.kind === "incoming" || entry.kind === "outgoing") {
            Looks.linkify(doc, parts.content, entry.text);
        }
    },

    // Only http(s) addresses become links; everything is text, never HTML.
    linkify: function (doc, element, message) {
        const address = /https?:\/\/[^\s<>"]+/g;
        let last = 0;
        let found;
        element.textContent = "";
        while ((found = address.exec(message)) !== null) {
            element.append(message.slice(last, found.index));
            View.create(doc, "a", {
                href: found[0], textContent: found[0], target: "_blank", rel: "noopener noreferrer",
            }, element);
            last = found.index + found[0].length;
        }
        element.append(message.slice(last));
    },

    // "Quick replies are shown in the invitation UI before the customer enters the chat."
    // (documented)  Each is a button above the invitation's own; choosing one starts the
    // chat, and the reply is the customer's first message once the chat window opens
    // (*assumed*: "predefined response options that make it easier for customers to start
    // a conversation without typing").
    renderQuickReplies: function () {
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
