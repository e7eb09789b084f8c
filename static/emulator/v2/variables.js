// ---------------------------------------------------------------- Variables

// chatApp.setVariables(vars) (8x8-webchat-v2/set-chat-variables.md), by the rules of
// chatkit.rules.variables, whose data and three warning texts are generated here.
const Variables = {
    // Each entry on its own: a discarded one never stops the others (*assumed*, as for
    // customer info, SPEC 5.1).  What is kept merges over earlier calls (*assumed*: the
    // reference says nothing of a second call; customer info merges).
    apply: function (variables) {
        const kept = {};
        Object.keys(variables).forEach(function (key) {
            const value = variables[key];
            // *assumed*: undefined leaves the variable as it was, as it does customer
            // info ("setting undefined values to properties do not have any effect").
            if (value === undefined) {
                return;
            }
            const warning = Variables.discardReason(key, value);
            if (warning) {
                Log.warn(warning);
            } else if (key === RULE_DATA.variables.language) {
                // "Language $language is the only CRM variable that will not be sent back
                // in CM ... but will actually take effect immediately and change the chat
                // language; also it will set the default language option value in
                // pre-chat language question drop-down select" (documented).
                Rules.setLanguage(value);
            } else {
                setOwn(kept, key, value);
            }
        });
        Rules.setVariables(kept);
    },

    // chatkit.rules.variables.discard_reason, check for check.
    discardReason: function (key, value) {
        const rules = RULE_DATA.variables;
        if (key.indexOf(rules.crmPrefix) === 0) {
            // "Only CRM variables prefixed with $ and that match the pattern ... and are
            // included in the System Variables map are accepted." (documented)
            if (rules.crm.indexOf(key) === -1) {
                return format(TEXTS.systemNotSupported, key);
            }
        } else if (!Variables.isCustomKey(key)) {
            // "Only custom variables prefixed with _ and that match the pattern (any
            // alphanumeric characters plus underscore _, any digit 1-9, a hyphen -) are
            // accepted." (documented)
            return format(TEXTS.keyNotMatching, key);
        }
        // "Only variables of format string with key and value max length of 255
        // characters each are accepted." (documented; characters as JavaScript counts
        // them, SPEC 5.1)
        if (typeof value !== "string" || value.length > rules.limit) {
            return format(TEXTS.valueNotText, key);
        }
        return null;
    },

    isCustomKey: function (key) {
        const rules = RULE_DATA.variables;
        return key.indexOf(rules.customPrefix) === 0 && key.length > 1
            && key.length <= rules.limit
            && Array.prototype.every.call(key.slice(1), function (character) {
                return rules.keyChars.indexOf(character) !== -1;
            });
    },
};
