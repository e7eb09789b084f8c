// ---------------------------------------------------------------- the v2 window

// What the v2 window adds to the shared one (chatkit.emulator.v2.WINDOW): the parts its
// theme properties name, so that each shows, and what it loads from the chat's domain.
// 8x8 publishes no DOM of its v2 window: these parts and how they behave are the
// emulator's (*assumed*), each chosen to make a glossary entry visible.  The window is
// the widget's sandboxed iframe srcdoc: the page's policy is its policy ("Because the
// iframe is srcdoc, your page's CSP is the only policy the browser enforces on the
// widget", documented), so what it loads here meets the page's directives as 8x8's
// guide lists them: its logo (img-src), its notification sound (media-src), its server
// (connect-src), its styles (style-src: <style> elements injected at run time).
const Looks = {
    themed: false,
    sound: null, // the notification sound, an <audio> the window loads as it opens
    heard: 0, // the agent messages already seen

    build: function (parts) {
        Win.show(parts.menu, false);
        Win.on(parts.menuButton, function () {
            Win.show(parts.menu, parts.menu.style.display === "none");
        });
        // The header menu's one link: the customer turns the notification sound on or
        // off ("This preference is persisted for the duration of the chat session",
        // documented, notification-sound.md).
        Win.on(parts.soundLink, function () {
            Win.act("toggleSound");
        });
        parts.field.addEventListener("input", Looks.renderButtons);
        parts.form.addEventListener("input", Looks.renderButtons);
        parts.form.addEventListener("reset", function () {
            window.setTimeout(Looks.renderButtons, 0);
        });
        Looks.load(parts);
    },

    // *assumed*: what production loads is not documented beyond the guide's hosts; the
    // emulator loads one file per directive from the chat's domain (chatkit.emulator
    // .serving), without waiting for it.
    load: function (parts) {
        const paths = RULE_DATA.paths;
        const logo = Win.create("img", { src: Win.base + paths.logo, alt: "", className: "logo-image" }, null);
        parts.logo.before(logo);
        Looks.sound = new Audio(Win.base + paths.sound);
        Looks.sound.preload = "auto";
        fetch(Win.base + paths.server, { mode: "no-cors", cache: "no-store" }).catch(function () {
            return null; // the browser reports a blocked request (securitypolicyviolation)
        });
    },

    render: function (model, parts) {
        const v2 = model.v2;
        parts.soundText.textContent = v2.sound ? "Sound on" : "Sound off";
        // The loader while the customer waits in the queue for an agent.
        Win.show(parts.loader, v2.waiting);
        Looks.renderButtons();
        if (!Looks.themed) {
            Looks.themed = true;
            Looks.theme(v2.theme);
        }
        Looks.ring(model, v2.sound);
    },

    // A new agent message rings, when the sound is on ("By default, the webchat widget
    // plays a sound when a new message arrives", documented).  A browser may refuse to
    // play before the visitor interacts with the page: that is not the chat's failure.
    ring: function (model, on) {
        const incoming = model.history.filter(function (entry) {
            return entry.kind === "incoming";
        }).length;
        if (incoming > Looks.heard && on && Looks.sound) {
            const playing = Looks.sound.play();
            if (playing) {
                playing.catch(function () {
                    return null;
                });
            }
        }
        Looks.heard = incoming;
    },

    // The theme's rules for the window (the page sends them, read and checked there), in
    // their own <style> element, `!important` so that they win over the window's look.
    theme: function (rules) {
        if (!rules.length) {
            return;
        }
        const sheet = Win.style([]);
        if (!sheet) {
            return;
        }
        rules.forEach(function (rule) {
            const index = sheet.insertRule(rule.selector + " {}", sheet.cssRules.length);
            sheet.cssRules[index].style.setProperty(rule.property, rule.value, "important");
        });
    },

    // Send is disabled while there is nothing to send, and the form's clear while there
    // is nothing to clear, so that a theme's disabled-button colours show.
    renderButtons: function () {
        const parts = Win.parts;
        parts.send.disabled = !parts.field.value.trim();
        parts.clear.disabled = !Array.prototype.some.call(parts.form.elements, function (element) {
            return element.name && element.tagName !== "SELECT" && element.value !== "";
        });
    },

    // Links in the agent's and the customer's messages (the glossary's message link
    // colours); a file the agent sends is an attachment item with its download icon.
    message: function (entry, parts) {
        if (entry.attachment) {
            const item = {};
            parts.content.textContent = "";
            Win.build(DOM.attachment, parts.content, item);
            item.link.textContent = entry.text;
            return;
        }
        if (entry.kind === "incoming" || entry.kind === "outgoing") {
            Looks.linkify(parts.content, entry.text);
        }
    },

    // Only http(s) addresses become links; everything is text, never HTML.
    linkify: function (element, message) {
        const address = /https?:\/\/[^\s<>"]+/g;
        let last = 0;
        let found;
        element.textContent = "";
        while ((found = address.exec(message)) !== null) {
            element.append(message.slice(last, found.index));
            Win.create("a", {
                href: found[0], textContent: found[0], target: "_blank", rel: "noopener noreferrer",
            }, element);
            last = found.index + found[0].length;
        }
        element.append(message.slice(last));
    },
};

Win.extend("build", Looks.build);
Win.extend("render", Looks.render);
Win.extend("message", Looks.message);
Win.boot();
