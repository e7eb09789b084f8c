// ---------------------------------------------------------------- Win

// The chat window's own script: it runs in the window's document (v1: a page of the
// chat's domain; v2: the widget's sandboxed iframe srcdoc) and draws the chat from the
// model the page sends it, with chatkit.emulator.dom's elements (the class names of the
// reference's example stylesheet and of the live chat window).  It and the page talk with
// postMessage only (see the page's Link for the messages).  Its styles are <style>
// elements injected at run time ("The widget's styles are injected at runtime",
// documented, v2), under whatever policy the window's document has.
const DOM = RULE_DATA.dom;

const Win = {
    base: "", // the chat's domain and path, from this script's own URL
    target: "*", // the page's origin, to post to
    parts: {}, // role -> element
    model: null,
    shownForm: null, // the phase the window's form was built for
    shownHistory: 0,
    typing: null, // the agent-is-typing entry of the history
    started: false,
    extensions: { build: [], message: [], render: [] }, // the version's additions

    extend: function (point, extension) {
        Win.extensions[point].push(extension);
    },

    extended: function (point, args) {
        Win.extensions[point].forEach(function (extension) {
            extension.apply(null, args);
        });
    },

    boot: function () {
        const script = document.currentScript;
        const own = RULE_DATA.paths.script;
        if (script && script.src.slice(-own.length) === own) {
            Win.base = script.src.slice(0, -own.length);
        }
        const origin = new URLSearchParams(location.search).get("origin");
        if (origin) {
            Win.target = origin;
        }
        document.addEventListener("securitypolicyviolation", Win.violation);
        window.addEventListener("message", Win.receive);
        if (document.readyState === "loading") {
            document.addEventListener("DOMContentLoaded", Win.start);
        } else {
            Win.start();
        }
    },

    post: function (message) {
        message.chatkitEmulator = 1;
        window.parent.postMessage(message, Win.target);
    },

    act: function (name, value) {
        Win.post({ type: "action", name: name, value: value });
    },

    // A securitypolicyviolation of the window's document, for the page's notes.
    violation: function (event) {
        Win.post({
            type: "violation", effectiveDirective: event.effectiveDirective,
            blockedURI: event.blockedURI, originalPolicy: event.originalPolicy,
            disposition: event.disposition, sourceFile: event.sourceFile,
        });
    },

    start: function () {
        Win.style(DOM.style);
        Win.parts = {};
        Win.build(DOM.window, document.body, Win.parts);
        Win.wire();
        Win.extended("build", [Win.parts]);
        Win.started = true;
        Win.post({ type: "ready" });
    },

    // A <style> element filled through the CSSOM; a policy that blocks inline styles
    // leaves it without a sheet (the browser reports the violation).
    style: function (rules) {
        const element = document.createElement("style");
        document.head.appendChild(element);
        if (element.sheet) {
            rules.forEach(function (rule) {
                element.sheet.insertRule(rule, element.sheet.cssRules.length);
            });
        }
        return element.sheet;
    },

    receive: function (event) {
        const data = event.data;
        if (event.source !== window.parent || !isObject(data) || data.chatkitEmulator !== 1) {
            return;
        }
        if (data.type === "render") {
            Win.render(data.model);
        } else if (data.type === "ping") {
            Win.post({ type: "pong", id: data.id });
        } else if (data.type === "query") {
            Win.query(data).then(function (result) {
                Win.post({ type: "answer", id: data.id, result: result });
            }, function (error) {
                Win.post({ type: "answer", id: data.id, result: { error: text(error) } });
            });
        }
    },

    create: function (tag, properties, parent) {
        const element = document.createElement(tag);
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

    // One element per node of a chatkit.emulator.dom tree; `parts` collects them by role.
    build: function (node, parent, parts) {
        const element = Win.create(node.tag, {}, parent);
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
            Win.build(child, element, parts);
        });
        return element;
    },

    wire: function () {
        const parts = Win.parts;
        Win.on(parts.end, function () {
            Win.act("end");
        });
        Win.on(parts.close, function () {
            Win.act("end");
        });
        Win.on(parts.yes, function () {
            Win.act("yes");
        });
        Win.on(parts.no, function () {
            Win.act("no");
        });
        Win.on(parts.send, Win.sendTyped);
        Win.on(parts.clear, Win.clearForm);
        parts.field.addEventListener("keydown", function (event) {
            if (event.key === "Enter" && !event.shiftKey) {
                event.preventDefault();
                Win.sendTyped();
            }
        });
        parts.field.addEventListener("input", Win.count);
        // The submit button's click, not only the form's submit event: v2's frame is
        // sandboxed without allow-forms (documented), where no form is ever submitted
        // and no submit event fires.
        Win.on(parts.submit, Win.submitForm);
        parts.form.addEventListener("submit", function (event) {
            event.preventDefault();
            Win.submitForm();
        });
        Win.count();
    },

    // #message-counter: how many characters the customer has typed (*assumed*: the facts
    // name the counter, not what it counts).
    count: function () {
        Win.parts.counter.textContent = String(Win.parts.field.value.length);
    },

    sendTyped: function () {
        const field = Win.parts.field;
        const model = Win.model;
        if (field.value.trim() && model && model.phase === "chatWindow" && !model.ended) {
            Win.act("send", field.value);
            field.value = "";
            Win.count();
        }
    },

    render: function (model) {
        Win.model = model;
        if (!Win.started) {
            return;
        }
        const parts = Win.parts;
        const chatting = model.phase === "chatWindow";
        const messages = model.messages;
        if (model.stylesheet) {
            Win.linkStylesheet(model.stylesheet);
        }
        parts.title.textContent = model.title;
        parts.logo.textContent = "8x8";
        parts.end.title = messages.endChatButton;
        parts.close.title = messages.closeChatButton;
        Win.show(parts.end, chatting && !model.ended);
        Win.show(parts.close, !chatting || model.ended);
        // A form is built when its phase opens; the chat phase keeps the last one, hidden
        // (a window opened straight into the chat has the pre-chat form's fields, hidden).
        if (!chatting && Win.shownForm !== model.phase || Win.shownForm === null) {
            Win.buildForm(model.form);
        }
        Win.show(parts.intro, !chatting);
        Win.show(parts.form, !chatting);
        Win.show(parts.history, chatting);
        Win.show(parts.actions, chatting && !model.ended);
        parts.clear.textContent = messages.clearButton;
        Win.renderHistory();
        Win.renderConfirm(messages);
        Win.extended("render", [model, parts]);
    },

    // The tenant's stylesheet, after the window's own look, once (v1's stylesheetURL).
    linkStylesheet: function (href) {
        if (!document.querySelector('link[rel="stylesheet"]')) {
            Win.create("link", { rel: "stylesheet", href: href }, document.head);
        }
    },

    renderHistory: function () {
        const history = Win.parts.history;
        const model = Win.model;
        model.history.slice(Win.shownHistory).forEach(function (entry) {
            Win.message(history, entry);
        });
        Win.shownHistory = model.history.length;
        // The typing notice stays last in the history while the agent types.
        if (Win.typing) {
            Win.typing.remove();
            Win.typing = null;
        }
        if (model.typing !== null) {
            Win.typing = Win.message(history, { kind: "log", sender: "", text: model.typing });
        }
        history.scrollTop = history.scrollHeight;
    },

    message: function (history, entry) {
        const parts = {};
        const wrapper = Win.build(DOM.message, history, parts);
        parts.content.classList.add(DOM.messageKinds[entry.kind]);
        parts.content.textContent = entry.text;
        parts.sender.textContent = entry.sender || "";
        Win.extended("message", [entry, parts]);
        return wrapper;
    },

    // The end-chat confirmation (yes / no), or the acknowledgement once ended (close).
    renderConfirm: function (messages) {
        const parts = Win.parts;
        const model = Win.model;
        Win.show(parts.confirm, model.acknowledge !== null);
        parts.acknowledge.textContent = model.acknowledge || "";
        parts.yes.textContent = model.confirmingEnd ? messages.yesButton : messages.closeChatButton;
        parts.no.textContent = messages.noButton;
        Win.show(parts.no, model.confirmingEnd);
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
        const form = Win.FORMS[phase];
        const list = Win.parts.fields;
        list.textContent = "";
        Win.shownForm = phase;
        Win.parts.intro.textContent = form.intro;
        Win.parts.submit.textContent = form.submit;
        form.fields.forEach(function (field) {
            Win.field(list, field[0], field[1], field[2], field[3]);
        });
        if (phase === "preChat" && Win.model.languageQuestion) {
            Win.languageField(list);
        }
        Win.act("language", null);
    },

    // One FIELD of chatkit.emulator.dom: label, control, error image.
    field: function (list, tag, name, label, required) {
        const parts = {};
        Win.build(DOM.field, list, parts);
        parts.label.textContent = label;
        parts.label.htmlFor = "field-" + name;
        parts.label.classList.toggle(DOM.requiredClass, required);
        Win.show(parts.error, false);
        const control = Win.create(tag, { id: "field-" + name, name: name }, null);
        parts.label.after(control);
        if (tag === "input") {
            control.type = "text";
        }
        return control;
    },

    // The language question lists the chat's languages; its default is the chat's
    // default language until the customer picks one (then the page hears of it).
    languageField: function (list) {
        const select = Win.field(list, "select", "language", "Language", false);
        Object.keys(RULE_DATA.languages).forEach(function (code) {
            Win.create("option", { value: code, textContent: RULE_DATA.languages[code] }, select);
        });
        select.value = Win.model.defaultLanguage;
        select.addEventListener("change", function () {
            Win.act("language", select.value);
        });
    },

    clearForm: function () {
        Win.parts.form.reset();
        const select = document.getElementById("field-language");
        if (select) {
            select.value = Win.model.defaultLanguage;
        }
        Win.act("language", null);
    },

    submitForm: function () {
        const fields = {};
        Array.prototype.forEach.call(Win.parts.form.elements, function (element) {
            if (element.name) {
                fields[element.name] = element.value;
            }
        });
        Win.act("submit", fields);
    },

    // For each element matching `selector`: its text ("text"), whether it is shown
    // ("visible"), or the computed value of a CSS property, once the tenant's stylesheet
    // has loaded (one that fails to load never has a sheet: waitMs bounds the wait).
    query: function (request) {
        const links = Array.from(document.querySelectorAll('link[rel="stylesheet"]'));
        return Promise.all(links.filter(function (link) {
            return !link.sheet;
        }).map(function (link) {
            return new Promise(function (done) {
                link.addEventListener("load", done);
                link.addEventListener("error", done);
                window.setTimeout(done, request.waitMs);
            });
        })).then(function () {
            return Array.from(document.querySelectorAll(request.selector)).map(function (element) {
                if (request.what === "text") {
                    return element.textContent;
                }
                if (request.what === "visible") {
                    return element.getClientRects().length > 0;
                }
                return window.getComputedStyle(element).getPropertyValue(request.what);
            });
        });
    },
};
