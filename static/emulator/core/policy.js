// ---------------------------------------------------------------- Policy

// What the page's Content-Security-Policy blocks of the chat, as the emulator's notes say
// it (the browser reports it with a securitypolicyviolation event, in the page or in the
// chat window, whose script passes it on through Link).  Production prints nothing of its
// own about it: a blank or unstyled widget is the symptom ("a blank or unstyled widget is
// the usual symptom of a policy that blocks it", documented, webchat-script.md), so these
// are notes, each given once.
const Policy = {
    noted: {}, // note -> true
    origin: null, // the chat's origin (where its script came from), set by the front
    dead: null, // the front's note for a window whose script never ran

    // 6.8.3 of CSP Level 3: the directives consulted, in order, for an effective one.
    FALLBACK: {
        "script-src-elem": ["script-src-elem", "script-src", "default-src"],
        "style-src-elem": ["style-src-elem", "style-src", "default-src"],
        "connect-src": ["connect-src", "default-src"],
        "frame-src": ["frame-src", "child-src", "default-src"],
        "img-src": ["img-src", "default-src"],
        "media-src": ["media-src", "default-src"],
        "font-src": ["font-src", "default-src"],
    },

    // What each of the chat's files is, and what the visitor loses without it.
    files: function () {
        const paths = RULE_DATA.paths;
        const found = {};
        found[paths.window] = ["the chat window", "no chat (its window cannot open)"];
        found[paths.buttonImage] = ["the chat button's image", "the chat button shows no picture"];
        found[paths.logo] = ["the chat window's logo", "the widget's images do not show"];
        found[paths.sound] = ["the notification sound", "the widget plays no sound"];
        found[paths.server] = ["the chat's server", "the widget cannot reach 8x8's servers: no chat"];
        found[paths.discovery] = ["the discovery request", "the snippet keeps the configured domain, so a tenant moved to another domain gets no chat"];
        return found;
    },

    listen: function () {
        document.addEventListener("securitypolicyviolation", function (event) {
            if (Policy.concernsChat(event.blockedURI) || Policy.concernsChat(event.sourceFile)) {
                Policy.report(event, false);
            }
        });
    },

    concernsChat: function (url) {
        try {
            return Policy.origin !== null && new URL(url).origin === Policy.origin;
        } catch (error) {
            return false; // "inline", "eval", ""
        }
    },

    inWindow: function (violation) {
        Policy.report(violation, true);
    },

    // The directive of the policy that applied (default-src when the policy lacks the
    // effective directive and its other fallbacks).
    governing: function (effective, policy) {
        const names = String(policy || "").split(";").map(function (part) {
            return part.trim().split(/\s+/)[0].toLowerCase();
        });
        const chain = Policy.FALLBACK[effective] || [effective];
        for (let i = 0; i < chain.length; i++) {
            if (names.indexOf(chain[i]) !== -1) {
                return chain[i];
            }
        }
        return effective;
    },

    report: function (violation, inWindow) {
        const found = Policy.described(violation, inWindow);
        const directive = Policy.governing(violation.effectiveDirective, violation.originalPolicy);
        const shown = directive === violation.effectiveDirective ? directive : directive + " (for " + violation.effectiveDirective + ")";
        const reported = violation.disposition === "report" ? " (Content-Security-Policy-Report-Only: reported, not blocked)" : "";
        Policy.note("the page's Content-Security-Policy, " + shown + ", blocks " + found[0] + ": " + found[1] + reported);
    },

    described: function (violation, inWindow) {
        const blocked = violation.blockedURI;
        if (violation.effectiveDirective === "style-src-elem" && blocked === "inline") {
            return inWindow
                ? ["the chat window's styles (<style> elements the widget injects at run time)", "no 'unsafe-inline': the widget renders unstyled (8x8's CSP guide: 'unsafe-inline' is required, a style nonce is not supported)"]
                : ["the theme's styles on the page (<style> elements)", "no 'unsafe-inline': the chat's frame and invitation show no theme"];
        }
        let path = null;
        try {
            path = new URL(blocked).pathname;
        } catch (error) {
            path = null;
        }
        const files = Policy.files();
        const known = Object.keys(files).filter(function (end) {
            return path !== null && path.slice(-end.length) === end;
        });
        // A frame's blocked URL is reported as its origin only (Chromium strips the rest
        // of a cross-origin navigation): the chat frames nothing but its window.
        if (!known.length && violation.effectiveDirective === "frame-src" && path !== null) {
            known.push(RULE_DATA.paths.window);
        }
        if (known.length) {
            return [files[known[0]][0] + " from " + new URL(blocked).origin, files[known[0]][1]];
        }
        return [(blocked || "something") + (inWindow ? " in the chat window" : ""), "the chat may not work as it would"];
    },

    note: function (message) {
        if (!hasOwn(Policy.noted, message)) {
            Policy.noted[message] = true;
            Log.note(message);
        }
    },

    deadWindow: function () {
        return Policy.dead ? Policy.dead() : "the chat window's script did not run";
    },
};
