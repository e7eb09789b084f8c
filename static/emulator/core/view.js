// ---------------------------------------------------------------- View

// The chat button, the invitation and the chat window's frame, in the page.  The window
// itself is a document of its own, drawn by its own script (static/emulator/window/)
// from the model this view sends it through Link.  The looks of the button and the
// invitation are the emulator's own (*assumed*: production's come from the tenant's
// Configuration Manager), set through the CSSOM (no <style>, nothing a policy blocks).
const View = {
    frame: null, // the chat window's iframe
    invitation: 0, // the number of the invitation on show
    chosenLanguage: null, // the language question's answer, once the customer picks one
    // A front's additions (Core): "frame" fn(iframe) before it is inserted, "model"
    // fn(model) before it is sent, "button" fn(button) once made, "render" fn().
    extensions: { frame: [], model: [], button: [], render: [] },

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

    // One element per node of a chatkit.emulator.dom tree (the page's parts: the quick
    // replies); `parts` collects them by role.
    build: function (doc, node, parent, parts) {
        const element = View.create(doc, node.tag, {}, parent);
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
            View.create(document, "span", {}, button);
            View.extended("button", [button]);
        }
        button.querySelector("span").textContent = chat.scenario.online ? "Chat with us" : "Leave a message";
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
            Link.close();
        }
        View.frame = null;
        View.chosenLanguage = null;
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

    // The chat window: an iframe whose document is the chat's own (v1: a page of the
    // chat's domain; v2: a sandboxed srcdoc, see the fronts' "frame" extension), drawn by
    // its own script from the model the page sends it (Link): the page never reaches
    // into it, as production's page cannot.
    openWindow: function () {
        const frame = View.create(document, "iframe", { id: DOM.hostIds.frame, title: "Chat" }, null);
        Object.assign(frame.style, View.corner(), {
            width: "360px", height: "520px", border: "1px solid #c8ced6", borderRadius: "6px",
            background: "#fff", boxShadow: "0 2px 12px rgba(0, 0, 0, 0.3)",
        });
        View.extended("frame", [frame]);
        View.frame = frame;
        View.chosenLanguage = null;
        Link.open(frame);
        document.body.appendChild(frame);
    },

    renderWindow: function () {
        if (!View.frame) {
            View.openWindow();
        }
        Link.render(View.model());
    },

    // What the window shows: the chat's data, as the window's script draws it.
    model: function () {
        const chatting = chat.phase === "chatWindow";
        const messages = Rules.messages();
        const model = {
            phase: chat.phase,
            ended: chat.ended,
            title: chat.looks.title || "Chat",
            messages: {
                endChatButton: messages.endChatButton, closeChatButton: messages.closeChatButton,
                clearButton: messages.clearButton, yesButton: messages.yesButton,
                noButton: messages.noButton,
            },
            form: chatting ? "preChat" : chat.phase,
            languageQuestion: Boolean(chat.scenario.languageQuestion),
            defaultLanguage: Rules.defaultLanguage(),
            history: chat.history,
            typing: chat.typing ? Rules.message(chat.agentNamed ? "agentTypingName" : "agentTyping") : null,
            acknowledge: chat.acknowledge,
            confirmingEnd: chat.confirmingEnd,
            stylesheet: View.stylesheetHref(),
        };
        View.extended("model", [model]);
        return snapshot(model);
    },

    // What the customer does in the window, as its script reports it (Link).  It changes
    // the chat at once, as the controls do.
    actions: {
        end: function () {
            Phases.end("user");
        },
        yes: function () {
            if (chat.confirmingEnd) {
                Phases.confirmEnd(true);
            } else {
                Phases.close("user");
            }
        },
        no: function () {
            Phases.confirmEnd(false);
        },
        send: function (typed) {
            if (typeof typed === "string" && typed.trim() && chat.phase === "chatWindow" && !chat.ended) {
                Phases.customerMessage(typed);
            }
        },
        submit: function (fields) {
            if (chat.phase === "preChat") {
                Emulator.submitPreChat(fields);
            } else if (chat.phase === "offlineForm") {
                Emulator.submitOfflineForm(fields);
            }
        },
        // The language question's answer, as the customer picks it (null: untouched).
        language: function (code) {
            View.chosenLanguage = typeof code === "string" ? code : null;
        },
    },

    act: function (name, value) {
        if (hasOwn(View.actions, name)) {
            View.actions[name](value);
        }
    },

    languageAnswer: function () {
        return View.chosenLanguage === null ? Rules.defaultLanguage() : View.chosenLanguage;
    },
};
