// ---------------------------------------------------------------- View

// The chat button, the invitation and the chat window.  The window is an iframe whose
// document is built here from chatkit.emulator.dom (the class names of the reference's
// example stylesheet and of the live chat window), with the window's own style and then
// the tenant's stylesheet, so a stylesheet written for the real chat applies.  The looks
// of the button and the invitation are the emulator's own (*assumed*: production's come
// from the tenant's Configuration Manager).
const View = {
    frame: null, // the chat window's iframe
    parts: {}, // role -> element of the chat window
    shownForm: null, // the phase the window's form was built for
    shownHistory: 0,
    invitation: 0, // the number of the invitation on show
    typing: null, // the agent-is-typing entry of the history
    languageTouched: false,
    extensions: { window: [], message: [], render: [] }, // a front's additions (Core)

    extend: function (point, extension) {
        View.extensions[point].push(extension);
    },

    extended: function (point, args) {
        View.extensions[point].forEach(function (extension) {
            extension.apply(null, args);
        });
    },

    // Bring the page in line with the chat's data.
    render: function () {
        View.renderButton();
        View.renderInvitation();
        if (chat.phase === "preChat" || chat.phase === "chatWindow" || chat.phase === "offlineForm") {
            View.renderWindow();
        } else {
            View.removeWindow();
        }
        View.extended("render", []);
    },

    create: function (doc, tag, properties, parent) {
        const element = doc.createElement(tag);
        Object.keys(properties || {}).forEach(function (name) {
            element[name] = properties[name];
        });
        if (parent) {
            parent.appendChild(element);
        }
        return element;
    },

    on: function (element, action) {
        element.addEventListener("click", function (event) {
            event.preventDefault();
            action();
        });
    },

    show: function (element, visible) {
        element.style.display = visible ? "" : "none";
    },

    // The chat button, in the tenant's button container (*assumed* look: production
    // shows the tenant's button image, facts "The chat button").
    renderButton: function () {
        const container = document.getElementById(chat.config.buttonContainerId);
        if (!container) {
            return;
        }
        let button = document.getElementById(DOM.hostIds.button);
        if (!button) {
            button = View.create(document, "button", { id: DOM.hostIds.button, type: "button" }, container);
            Object.assign(button.style, {
                padding: "8px 16px", border: "0", borderRadius: "4px", cursor: "pointer",
                background: "#1d4f7c", color: "#fff", font: "14px Arial, sans-serif",
            });
            View.on(button, Emulator.clickButton);
        }
        button.textContent = chat.scenario.online ? "Chat with us" : "Leave a message";
    },

    renderInvitation: function () {
        const shown = document.getElementById(DOM.hostIds.invitation);
        const wanted = chat.phase === "invitation";
        if (shown && wanted && View.invitation === chat.invitation) {
            return; // the same invitation stays
        }
        if (shown) {
            shown.remove();
        }
        if (!wanted) {
            return;
        }
        View.invitation = chat.invitation;
        const box = View.create(document, "div", { id: DOM.hostIds.invitation }, document.body);
        Object.assign(box.style, View.corner(), {
            width: "260px", padding: "12px", background: "#fff", color: "#222",
            border: "1px solid #c8ced6", borderRadius: "6px", font: "14px Arial, sans-serif",
            boxShadow: "0 2px 8px rgba(0, 0, 0, 0.25)",
        });
        View.create(document, "p", { textContent: "Hello! Can we help you?" }, box);
        const accept = View.create(document, "button", { type: "button", textContent: "Chat now" }, box);
        const dismiss = View.create(document, "button", { type: "button", textContent: "No, thanks" }, box);
        View.on(accept, Emulator.acceptInvitation);
        View.on(dismiss, function () {
            Phases.close("user");
        });
    },

    // Bottom left or right of the viewport, as `align` says.
    corner: function () {
        const place = { position: "fixed", bottom: "16px", zIndex: "2147483000" };
        place[chat.config.align === "left" ? "left" : "right"] = "16px";
        return place;
    },

    removeWindow: function () {
        if (View.frame) {
            View.frame.remove();
        }
        View.frame = null;
        View.parts = {};
        View.shownForm = null;
        View.shownHistory = 0;
        View.typing = null;
        View.languageTouched = false;
    },

    // The tenant's stylesheet as the chat window loads it: the configured URL ("the CSS
    // file that should be loaded by the chat window to apply the desired custom styles",
    // documented), or the local URL scenario.stylesheets maps it to (the preview and the
    // test kit show a local file in place of the https one), resolved against the page.
    stylesheetHref: function () {
        const configured = chat.looks.stylesheetURL;
        if (!configured) {
            return null;
        }
        const mapped = chat.scenario.stylesheets;
        const href = hasOwn(mapped, configured) ? mapped[configured] : configured;
        return new URL(href, document.baseURI).href;
    },

    // The chat window: an iframe whose document is built here.
    openWindow: function () {
        const frame = View.create(document, "iframe", { id: DOM.hostIds.frame, title: "Chat" }, document.body);
        Object.assign(frame.style, View.corner(), {
            width: "360px", height: "520px", border: "1px solid #c8ced6", borderRadius: "6px",
            background: "#fff", boxShadow: "0 2px 12px rgba(0, 0, 0, 0.3)",
        });
        const doc = frame.contentDocument;
        // The window's own look goes through the CSSOM (no <style> text, so a style-src
        // CSP does not block it); the tenant's stylesheet is linked after it.
        const sheet = styleSheet(doc);
        DOM.style.forEach(function (rule) {
            sheet.insertRule(rule, sheet.cssRules.length);
        });
        const href = View.stylesheetHref();
        if (href) {
            View.create(doc, "link", { rel: "stylesheet", href: href }, doc.head);
        }
        View.frame = frame;
        View.parts = {};
        View.build(doc, DOM.window, doc.body, View.parts);
        View.wireWindow();
        View.extended("window", [doc, View.parts]);
    },

    // One element per node of a chatkit.emulator.dom tree; `parts` collects them by role.
    build: function (doc, node, parent, parts) {
        const element = View.create(doc, node.tag, {}, parent);
        if (node.id) {
            element.id = node.id;
        }
        node.classes.forEach(function (name) {
            element.classList.add(name);
        });
        Object.keys(node.attributes).forEach(function (name) {
            element.setAttribute(name, node.attributes[name]);
        });
        if (parts && node.role) {
            parts[node.role] = element;
        }
        node.children.forEach(function (child) {
            View.build(doc, child, element, parts);
        });
        return element;
    },

    wireWindow: function () {
        const parts = View.parts;
        const byCustomer = function () {
            Phases.end("user");
        };
        View.on(parts.end, byCustomer);
        View.on(parts.close, byCustomer);
        View.on(parts.yes, function () {
            if (chat.confirmingEnd) {
                Phases.confirmEnd(true);
            } else {
                Phases.close("user");
            }
        });
        View.on(parts.no, function () {
            Phases.confirmEnd(false);
        });
        View.on(parts.send, View.sendTyped);
        View.on(parts.clear, View.clearForm);
        parts.field.addEventListener("keydown", function (event) {
            if (event.key === "Enter" && !event.shiftKey) {
                event.preventDefault();
                View.sendTyped();
            }
        });
        parts.field.addEventListener("input", View.count);
        parts.form.addEventListener("submit", function (event) {
            event.preventDefault();
            View.submitForm();
        });
        View.count();
    },

    // #message-counter: how many characters the customer has typed (*assumed*: the facts
    // name the counter, not what it counts).
    count: function () {
        View.parts.counter.textContent = String(View.parts.field.value.length);
    },

    sendTyped: function () {
        const field = View.parts.field;
        if (field.value.trim() && chat.phase === "chatWindow" && !chat.ended) {
            Phases.customerMessage(field.value);
            field.value = "";
            View.count();
        }
    },

    renderWindow: function () {
        if (!View.frame) {
            View.openWindow();
        }
        const parts = View.parts;
        const chatting = chat.phase === "chatWindow";
        const messages = Rules.messages();
        parts.title.textContent = chat.looks.title || "Chat";
        parts.logo.textContent = "8x8";
        parts.end.title = messages.endChatButton;
        parts.close.title = messages.closeChatButton;
        View.show(parts.end, chatting && !chat.ended);
        View.show(parts.close, !chatting || chat.ended);
        // A form is built when its phase opens; the chat phase keeps the last one, hidden
        // (a window opened straight into the chat has the pre-chat form's fields, hidden).
        if (!chatting && View.shownForm !== chat.phase || View.shownForm === null) {
            View.buildForm(chatting ? "preChat" : chat.phase);
        }
        View.show(parts.intro, !chatting);
        View.show(parts.form, !chatting);
        View.show(parts.history, chatting);
        View.show(parts.actions, chatting && !chat.ended);
        parts.clear.textContent = messages.clearButton;
        View.renderHistory();
        View.renderConfirm(messages);
    },

    renderHistory: function () {
        const history = View.parts.history;
        const doc = history.ownerDocument;
        chat.history.slice(View.shownHistory).forEach(function (entry) {
            View.message(doc, history, entry);
        });
        View.shownHistory = chat.history.length;
        // The typing notice stays last in the history while the agent types.
        if (View.typing) {
            View.typing.remove();
            View.typing = null;
        }
        if (chat.typing) {
            View.typing = View.message(doc, history, {
                kind: "log", sender: "",
                text: Rules.message(chat.agentNamed ? "agentTypingName" : "agentTyping"),
            });
        }
        history.scrollTop = history.scrollHeight;
    },

    message: function (doc, history, entry) {
        const parts = {};
        const wrapper = View.build(doc, DOM.message, history, parts);
        parts.content.classList.add(DOM.messageKinds[entry.kind]);
        parts.content.textContent = entry.text;
        parts.sender.textContent = entry.sender || "";
        View.extended("message", [doc, entry, parts]);
        return wrapper;
    },

    // The end-chat confirmation (yes / no), or the acknowledgement once ended (close).
    renderConfirm: function (messages) {
        const parts = View.parts;
        View.show(parts.confirm, chat.acknowledge !== null);
        parts.acknowledge.textContent = chat.acknowledge || "";
        parts.yes.textContent = chat.confirmingEnd ? messages.yesButton : messages.closeChatButton;
        parts.no.textContent = messages.noButton;
        View.show(parts.no, chat.confirmingEnd);
        parts.send.textContent = "Send";
    },

    // The pre-chat and offline forms.  *assumed*: the Chat Script's forms are the
    // emulator's own (a name it marks required, an email, and the offline form's
    // message); like the test controls, it does not refuse a form left incomplete.
    FORMS: {
        preChat: {
            intro: "Please tell us who you are.", submit: "Start chat",
            fields: [["input", "name", "Name", true], ["input", "email", "Email", false]],
        },
        offlineForm: {
            intro: "We are offline. Leave us a message.", submit: "Send",
            fields: [["input", "name", "Name", true], ["input", "email", "Email", false],
                ["textarea", "message", "Message", true]],
        },
    },

    buildForm: function (phase) {
        const form = View.FORMS[phase];
        const list = View.parts.fields;
        const doc = list.ownerDocument;
        list.textContent = "";
        View.languageTouched = false;
        View.shownForm = phase;
        View.parts.intro.textContent = form.intro;
        View.parts.submit.textContent = form.submit;
        form.fields.forEach(function (field) {
            View.field(doc, list, field[0], field[1], field[2], field[3]);
        });
        if (phase === "preChat" && chat.scenario.languageQuestion) {
            View.languageField(doc, list);
        }
    },

    // One FIELD of chatkit.emulator.dom: label, control, error image.
    field: function (doc, list, tag, name, label, required) {
        const parts = {};
        View.build(doc, DOM.field, list, parts);
        parts.label.textContent = label;
        parts.label.htmlFor = "field-" + name;
        parts.label.classList.toggle(DOM.requiredClass, required);
        View.show(parts.error, false);
        const control = View.create(doc, tag, { id: "field-" + name, name: name }, null);
        parts.label.after(control);
        if (tag === "input") {
            control.type = "text";
        }
        return control;
    },

    // The language question lists the chat's languages; its default is
    // Rules.defaultLanguage() until the customer picks one.
    languageField: function (doc, list) {
        const select = View.field(doc, list, "select", "language", "Language", false);
        Object.keys(RULE_DATA.languages).forEach(function (code) {
            View.create(doc, "option", { value: code, textContent: RULE_DATA.languages[code] }, select);
        });
        select.value = Rules.defaultLanguage();
        select.addEventListener("change", function () {
            View.languageTouched = true;
        });
    },

    languageAnswer: function () {
        const select = View.frame && View.frame.contentDocument.getElementById("field-language");
        if (!select || !View.languageTouched) {
            return Rules.defaultLanguage();
        }
        return select.value;
    },

    clearForm: function () {
        View.parts.form.reset();
        View.languageTouched = false;
        const select = View.frame.contentDocument.getElementById("field-language");
        if (select) {
            select.value = Rules.defaultLanguage();
        }
    },

    submitForm: function () {
        const fields = {};
        Array.prototype.forEach.call(View.parts.form.elements, function (element) {
            if (element.name) {
                fields[element.name] = element.value;
            }
        });
        if (chat.phase === "preChat") {
            Emulator.submitPreChat(fields);
        } else if (chat.phase === "offlineForm") {
            Emulator.submitOfflineForm(fields);
        }
    },
};
