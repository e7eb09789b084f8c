// ---------------------------------------------------------------- ChatApp

// The chatApp the page's callback receives: "All methods are available on the chatApp
// instance and return this, so they can be chained." (documented,
// webchat-api-introduction.md)  Each method returns at once; what it does to the chat
// happens later, in order, through Delivery (*assumed*: v2's chat runs in its own frame
// like v1's, and v1's answers later, fact).  Values cross as the page gave them, copied
// as the call is made (*assumed*: v2's documentation has functions and objects reach the
// customer-info rule and its warning, so no JSON hop drops them first, as v1's does).
const ChatApp = {
    // Method name (RULE_DATA.chatApp.methods, from chatkit.browser.versions) -> what it does.
    HANDLERS: {
        // "Sets customer information to be forwarded to the agent. Values must be
        // primitives (string, number, boolean)." (documented)
        setCustomerInfo: function (info) {
            const copy = ChatApp.entries("setCustomerInfo", info);
            if (copy) {
                ChatApp.act("setInfo", copy);
            }
        },
        // "Clears all previously set customer information." (documented)
        resetCustomerInfo: function () {
            ChatApp.act("resetInfo");
        },
        // "Sets the customer language for real-time translation." (documented)
        setCustomerLanguage: function (language) {
            ChatApp.act("setLanguage", language);
        },
        // "Sets CRM and custom script variables. Keys must be prefixed with $ (CRM) or _
        // (custom)." (documented)
        setVariables: function (variables) {
            const copy = ChatApp.entries("setVariables", variables);
            if (copy) {
                Delivery.send(function () {
                    Variables.apply(copy);
                });
            }
        },
        // "Triggers the chat window, simulating a button click." (documented)
        startChat: function () {
            ChatApp.act("startChat");
        },
        // "Programmatically ends the active chat session." (documented)
        endChat: function () {
            ChatApp.act("endChat");
        },
        // "Pass an array of strings, where each string is a quick reply option displayed
        // to the customer." (documented)  Anything else changes nothing, with a note
        // (*assumed*: 8x8 documents no warning for it).
        setInvitationQuickReplies: function (replies) {
            const strings = Array.isArray(replies) && replies.every(function (reply) {
                return typeof reply === "string";
            });
            if (!strings) {
                Log.note("setInvitationQuickReplies was given " + describe(replies) + ", not an array of strings; nothing changed");
                return;
            }
            const copy = replies.slice();
            Delivery.send(function () {
                v2.quickReplies = copy;
                View.render();
            });
        },
        // "Pass true to enable notification sounds or false to disable them." (documented)
        setNotificationSoundToggle: function (enabled) {
            if (typeof enabled !== "boolean") {
                Log.note("setNotificationSoundToggle was given " + describe(enabled) + ", not true or false; nothing changed");
                return;
            }
            Delivery.send(function () {
                v2.notificationSound = enabled;
                View.render();
            });
        },
        // "Registers lifecycle event callbacks." (documented)
        setProxy: function (callbacks) {
            Callbacks.set(callbacks);
        },
    },

    // A chatApp: every method of the documentation, each returning the chatApp itself
    // (so a method taken off the object and called alone chains too).
    create: function () {
        const app = {};
        RULE_DATA.chatApp.methods.forEach(function (name) {
            const handler = ChatApp.HANDLERS[name];
            app[name] = function () {
                handler.apply(null, arguments);
                return app;
            };
        });
        return app;
    },

    act: function (action, value) {
        Delivery.send(function () {
            Core.act(action, value);
        });
    },

    // A key-value object's own entries, copied; anything else changes nothing, with a
    // note (*assumed*: "Make sure that ... it is a key-value object", documented for
    // setVariables, with no warning of the chat's).
    entries: function (method, value) {
        if (!isObject(value) || Array.isArray(value)) {
            Log.note(method + " was given " + describe(value) + ", not a key-value object; nothing changed");
            return null;
        }
        const copy = {};
        Object.keys(value).forEach(function (key) {
            setOwn(copy, key, value[key]);
        });
        return copy;
    },
};
