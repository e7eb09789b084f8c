// ---------------------------------------------------------------- Front (v1)

// The page-facing part of the v1 chat: what production's loader does in the page (fact,
// "Start-up" and "The bus on the page").  It reads window.__8x8Chat, checks it, hands the
// page its bus in onInit, forwards the eight commands through the JSON hop to the core,
// and publishes customer:info-sent back; everything else is the core's.
const Front = {
    delivering: false, // publishing the chat's own event

    // The origin chat.js really came from, for the domain check (fact 3).
    scriptOrigin: (function () {
        const script = document.currentScript;
        return script && script.src ? new URL(script.src).origin : null;
    })(),

    // domain + path, as chat.js came from them: the window's files come from there.
    base: (function () {
        const script = document.currentScript;
        const loader = RULE_DATA.paths.loader;
        return script && script.src.slice(-loader.length) === loader ? script.src.slice(0, -loader.length) : "";
    })(),

    // The eight topics production's loader subscribes and forwards (fact), and the core's
    // action for each.
    COMMANDS: (function () {
        const topics = RULE_DATA.topics;
        const commands = new Map();
        commands.set(topics.SET_INFO, "setInfo");
        commands.set(topics.RESET_INFO, "resetInfo");
        commands.set(topics.END, "end");
        commands.set(topics.TRIGGER_INVITATION, "triggerInvitation");
        commands.set(topics.SET_LANGUAGE, "setLanguage");
        commands.set(topics.TRIGGER_PRE_CHAT, "triggerPreChat");
        commands.set(topics.TRIGGER_CHAT_WINDOW, "triggerChatWindow");
        commands.set(topics.SET_VARIABLES, "setVariables");
        return commands;
    })(),

    // "On load it reads window.__8x8Chat and checks it." (fact 1)
    boot: function () {
        Core.install("v1");
        Policy.origin = Front.scriptOrigin;
        Policy.dead = Front.deadWindow;
        Policy.listen();
        Link.target = Front.scriptOrigin || "*";
        View.extend("frame", Front.frame);
        View.extend("button", Front.buttonImage);
        const config = window.__8x8Chat;
        const invalid = Front.invalidConfig(config);
        if (invalid) {
            // "Otherwise it logs Can't load - Invalid parameters and nothing else happens:
            // no button, no onInit." (fact 1; production's logger prefixes "8x8Chat")
            Log.error("8x8Chat", "Can't load - Invalid parameters");
            Core.refuse(invalid, config);
            return;
        }
        Signals.on("infoSent", Front.infoSent);
        Core.whenReady(config, function () {
            Front.initialize(config);
        });
    },

    // Why production would refuse `config`, or null.  "The chat starts only when uuid,
    // tenant, domain, channel and align are all present and truthy, and stylesheetURL,
    // when present, is a string that starts with https: (compared case-insensitively)."
    // (fact 1; "present" as production tests it: a falsy stylesheetURL is no stylesheet)
    invalidConfig: function (config) {
        if (!isObject(config)) {
            return "window.__8x8Chat is " + JsonHop.describe(config) + ", not the chat's settings";
        }
        const missing = ["uuid", "tenant", "domain", "channel", "align"].filter(function (name) {
            return !config[name];
        });
        if (missing.length) {
            return "__8x8Chat." + missing.join(", __8x8Chat.") + " missing or empty; production starts only when uuid, tenant, domain, channel and align are all set";
        }
        const stylesheet = config.stylesheetURL;
        if (stylesheet && (typeof stylesheet !== "string" || stylesheet.toLowerCase().indexOf("https:") !== 0)) {
            return "__8x8Chat.stylesheetURL is " + JsonHop.describe(stylesheet) + "; production starts only with an https: stylesheet (the preview and the test kit map one to a local file with the scenario's stylesheets option)";
        }
        return null;
    },

    // "The page accepts a message only when its origin is exactly config.domain (string
    // equality). A domain written with an upper-case host, a default port (:443), a
    // trailing slash or a path therefore never matches the iframe's real origin: the chat
    // never initialises its bus." (fact 3)  The emulator's chat is served from where
    // chat.js came from, so that origin stands for the iframe's.
    wrongDomain: function (config) {
        if (Front.scriptOrigin === null || config.domain === Front.scriptOrigin) {
            return null;
        }
        return "__8x8Chat.domain is " + JsonHop.describe(config.domain) + " but the chat is served from " + Front.scriptOrigin + "; production compares the two as strings, so the chat's messages are never accepted (no button, no onInit)";
    },

    // "When the iframe says the bus may initialise, the loader subscribes its own handlers,
    // then calls __8x8Chat.onInit(bus)" (fact 5).
    initialize: function (config) {
        const wrong = Front.wrongDomain(config);
        if (wrong) {
            Core.refuse(wrong, config);
            return;
        }
        Core.start(config);
        Front.COMMANDS.forEach(function (action, topic) {
            Bus.subscribe(topic, Front.forwarder(topic, action));
        });
        const bus = Bus.facade();
        Emulator.bus = bus;
        try {
            if (typeof config.onInit === "function") {
                config.onInit(bus);
            }
        } catch (error) {
            // Production calls onInit unguarded, inside its message handler: the page gets
            // an uncaught error (fact 5, production's loader).  *assumed*: the chat goes on.
            Log.note("onInit threw " + text(error) + "; production does not catch it (an uncaught error in the page)");
            Front.uncaught(error);
        }
        Core.started();
    },

    uncaught: reportUncaught,

    // The chat window: a page of the chat's domain, told the page's origin (fact 2).
    frame: function (frame) {
        frame.src = Front.base + RULE_DATA.paths.window + "?origin=" + encodeURIComponent(location.origin);
    },

    // "The chat fills the button container with a link wrapping an image" (fact, "The
    // chat button"): the emulator's button has an image from the chat's domain too
    // (*assumed*: production's is the tenant's, /CHAT/<tenant>/button_<id>/img/logo).
    buttonImage: function (button) {
        const image = View.create(document, "img", { src: Front.base + RULE_DATA.paths.buttonImage, alt: "" }, null);
        Object.assign(image.style, { width: "16px", height: "16px", marginRight: "6px", verticalAlign: "middle" });
        button.insertBefore(image, button.firstChild);
    },

    deadWindow: function () {
        const src = Front.base + RULE_DATA.paths.window;
        return "the chat window " + src + " did not start (its frame shows nothing of the chat): the page's Content-Security-Policy frame-src must allow " + new URL(src).origin + " (the v1 window is a page of the chat's domain), and the window's page and script must load";
    },

    // The chat's listener of one command: the payload crosses as JSON, later (fact).
    forwarder: function (topic, action) {
        return function (data) {
            const json = JsonHop.encode(topic, data);
            if (json === null) {
                return;
            }
            const arrived = JSON.parse(json).data;
            JsonHop.noteChanges(topic, data, arrived);
            Delivery.send(function () {
                Core.act(action, arrived);
            });
        };
    },

    // "It publishes customer:info-sent back on the bus when the iframe reports it." (fact)
    infoSent: function (data) {
        const carried = throughJson(data);
        Delivery.send(function () {
            Front.delivering = true;
            try {
                Bus.publish(RULE_DATA.topics.INFO_SENT, carried);
            } finally {
                Front.delivering = false;
            }
        });
    },

    // Topics production's bus does not forward: it only calls the page's own listeners of
    // them, silently (fact: "Any other topic published by the page ... is ignored").
    inspect: function (topic) {
        if (Front.COMMANDS.has(topic) || Front.delivering) {
            return;
        }
        if (topic === "chat:set-system-messages") {
            Log.note("chat:set-system-messages: production's chat has no such topic and ignores it; system messages are read once, at start-up, from __8x8Chat.customSystemMessages (chat.toml [messages])");
        } else if (topic === RULE_DATA.topics.INFO_SENT) {
            Log.note(topic + ": the chat's own event; published by the page, it only reaches the page's listeners");
        } else {
            Log.note(text(topic) + ": not a topic of the chat; production's bus only calls the page's own listeners of it (the chat's topics: " + Array.from(Front.COMMANDS.keys()).join(", ") + ")");
        }
    },
};

Front.boot();
