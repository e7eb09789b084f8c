// ---------------------------------------------------------------- Rules

// What the page's commands do to the chat's data.  The values arrive as the front
// carried them (v1: after the JSON hop), so these rules see what production's chat sees.
const Rules = {
    // "customer:set-info: Sets the customer information, passing an object containing
    // the desired properties. These properties are merged to any previously set
    // customer information, overwriting properties with the same name." (documented)
    setInfo: function (info) {
        if (!isObject(info)) {
            return;
        }
        Object.keys(info).forEach(function (key) {
            const value = info[key];
            // "Setting a customer information already previously set will overwrite that
            // information, unless the new value is undefined." (documented)
            if (value === undefined) {
                return;
            }
            const warning = Rules.discardReason(key, value);
            if (warning) {
                // A discarded entry never stops the valid entries of the same call (SPEC 5.1).
                Log.warn(warning);
            } else if (value === null) {
                // "If the new value is null, that information will be removed from the
                // customer information and will not be sent to the server" (documented).
                delete chat.customerInfo[key];
            } else {
                setOwn(chat.customerInfo, key, value);
            }
        });
    },

    // The order of chatkit.rules.customer's checks, so both give the same answer
    // (*assumed*: the reference does not say which check comes first).
    discardReason: function (key, value) {
        // "Only primitive data types (strings, numbers and booleans) are allowed as values.
        // Trying to set the customer information with non-primitive data types (e.g.,
        // objects, arrays and functions) will result in console warnings, and their
        // values will be discarded." (documented)
        if (value !== null && !Rules.isPrimitive(value)) {
            return format(TEXTS.notPrimitive, key);
        }
        // "The customer information key:value pair is limited in 100 characters for the
        // key and 500 character for the value." (documented)  Characters as JavaScript
        // counts them (UTF-16 code units), the value by its string form (SPEC 5.1).
        if (key.length > RULE_DATA.limits.key) {
            return format(TEXTS.keyTooBig, key);
        }
        if (value !== null && String(value).length > RULE_DATA.limits.value) {
            return format(TEXTS.valueTooBig, key);
        }
        return null;
    },

    isPrimitive: function (value) {
        const type = typeof value;
        return type === "string" || type === "number" || type === "boolean";
    },

    // "customer:reset-info: Resets the customer information, erasing any properties
    // previously set." (documented)
    resetInfo: function () {
        chat.customerInfo = {};
    },

    // "The passed data is submitted to the server when the customer is assigned to a
    // queue or sends an offline form" and "customer:info-sent: Published as soon as the
    // customer information is sent to the server, passing the information just
    // submitted as well as the current chat phase." (documented)
    sendInfo: function (phase) {
        chat.submissions.push(snapshot({
            info: chat.customerInfo,
            phase: phase,
            language: Rules.language(),
            variables: chat.variables,
            startedByApi: chat.startedByApi,
            form: chat.form,
        }));
        Signals.emit("infoSent", { info: snapshot(chat.customerInfo), phase: phase });
    },

    // "Only language codes specified in the list of available languages above are valid."
    // (documented)
    setLanguage: function (language) {
        if (typeof language !== "string" || !hasOwn(RULE_DATA.languages, language)) {
            Log.warn(format(TEXTS.invalidLanguage, language));
            return;
        }
        // "The chat language can be set on any time before starting a chat (customer
        // enter a queue) and you can change it as many time as you want, only the last
        // value will be considered." (documented)
        if (chat.queuedLanguage === null) {
            chat.apiLanguage = language;
        }
    },

    // "If there is a chat form with language question, the selected language has
    // priority over language configured in chat-api." (documented)
    language: function () {
        return chat.queuedLanguage || chat.preChatLanguage || Rules.defaultLanguage();
    },

    // "If there is a chat form with language question, the "set-language" sets the
    // default language on the drop-down." and "The set-language (default language) on
    // the drop-down has priority over the browser language and the default language
    // configured in the chat form." (documented)
    defaultLanguage: function () {
        return chat.apiLanguage || Rules.browserLanguage() || chat.scenario.formLanguage;
    },

    // The browser language: the first of navigator.languages the chat has, by chatkit's
    // one rule (templates/browser-language.js, the snippet's too, generated from
    // chatkit.rules.languages).  *assumed*: the reference names "the browser language"
    // without saying how the chat matches it; chatkit's rule (BCP 47, pt-BR -> pt,
    // zh-Hant -> zh-TW) keeps the snippet's per-language system messages and the
    // emulator's language in agreement.
    browserLanguage: function () {
        const navigator = window.navigator;
        const tags = navigator.languages && navigator.languages.length
            ? navigator.languages : [navigator.language];
        return browserLanguage(tags.filter(function (tag) {
            return typeof tag === "string";
        }), RULE_DATA.languageTable);
    },

    // bus.publish("chat:set-variables", {"_options":"DEF"}): "To set a variable for use
    // in the Chat script." (documented; v1 says nothing of keys or values: *assumed*
    // free-form, merged over earlier calls)
    setVariables: function (variables) {
        if (!isObject(variables)) {
            return;
        }
        Object.keys(variables).forEach(function (key) {
            setOwn(chat.variables, key, variables[key]);
        });
    },

    // customSystemMessages, read once as the chat starts (fact 4: "read from
    // window.__8x8Chat.customSystemMessages when the iframe asks for its config ...
    // before onInit is called"; there is no bus topic for them).  What production does
    // with an unknown key, a value that is not text or an unknown placeholder is not
    // known, and it prints nothing documented: the emulator notes each (*assumed*: an
    // unknown key and a value that is not text are ignored; an unknown placeholder is
    // shown as written).
    readSystemMessages: function (messages) {
        if (!isObject(messages)) {
            return;
        }
        Object.keys(messages).forEach(function (key) {
            const message = messages[key];
            if (!hasOwn(RULE_DATA.systemMessages, key)) {
                Log.note(format(TEXTS.unknownMessage, key));
            } else if (typeof message !== "string") {
                Log.note(format(TEXTS.messageNotText, key));
            } else {
                Rules.placeholdersIn(message).forEach(function (found) {
                    if (found !== RULE_DATA.agentPlaceholder) {
                        Log.note(format(TEXTS.unknownPlaceholder, key, found));
                    }
                });
                setOwn(chat.customMessages, key, message);
            }
        });
    },

    // chatkit.rules.messages.placeholders_in: every "{{...}}", and any "{<...>}" the
    // reference prints.
    placeholdersIn: function (message) {
        const found = [];
        [["{{", "}}"], ["{<", ">}"]].forEach(function (pair) {
            let start = message.indexOf(pair[0]);
            while (start !== -1) {
                const end = message.indexOf(pair[1], start + 2);
                if (end === -1) {
                    break;
                }
                found.push(pair[0] + message.slice(start + 2, end) + pair[1]);
                start = message.indexOf(pair[0], end + 2);
            }
        });
        return found;
    },

    messages: function () {
        return Object.assign({}, RULE_DATA.systemMessages, chat.customMessages);
    },

    // "Some messages (e.g. chatEstablishedName) contain placeholders that are replaced by
    // real values when applied. These placeholders are wrapped in double curly braces
    // {{}} and, if present, will be replaced on customized messages as well." (documented)
    message: function (key) {
        const template = Rules.messages()[key];
        return template.split(RULE_DATA.agentPlaceholder).join(chat.agent || "");
    },
};
