// ---------------------------------------------------------------- Theme

// config.themeCustom: "Nearly all of the components on the webchat, have been defined so
// you can change configurations in each area, however these are only configuration at a
// global level, within the theme property." (documented, theming.md)  Each property goes
// where chatkit.emulator.theme puts it (the part its glossary entry describes, generated
// into RULE_DATA.theme), as one CSS rule per part, `!important` so that it wins over the
// window's own look, in a <style> element injected at run time, in the window (its
// script does it) and on the page: "The widget's styles are injected at runtime"
// (documented), so a style-src without 'unsafe-inline' blocks them.
const Theme = {
    applied: {}, // name -> value, each property the chat applies (state().theme)

    // Read once, from the config init receives (*assumed*: as v1 reads its
    // customSystemMessages once; the documentation puts themeCustom in that config).
    // What the chat cannot use is left out, with a note: 8x8 documents no warning for a
    // theme (*assumed*: production ignores it in silence, as a browser ignores CSS it
    // cannot parse).
    read: function (custom) {
        if (custom === undefined || custom === null) {
            return;
        }
        if (!isObject(custom) || Array.isArray(custom)) {
            Log.note("themeCustom is " + describe(custom) + ", not an object of theme properties; the chat ignores it");
            return;
        }
        Object.keys(custom).forEach(function (name) {
            const problem = Theme.problem(name, custom[name]);
            if (problem) {
                Log.note("themeCustom." + name + ": " + problem);
            } else {
                setOwn(Theme.applied, name, custom[name]);
            }
        });
    },

    problem: function (name, value) {
        if (!hasOwn(RULE_DATA.theme.properties, name)) {
            return "not a property of 8x8's theming glossary or button theming table; the chat ignores it";
        }
        const property = RULE_DATA.theme.properties[name];
        if (typeof value !== "string") {
            return describe(value) + " is not text (the glossary's values are CSS text, e.g. \"#FF0000\"); the chat ignores it";
        }
        if (Theme.cssValue(property, value) === null) {
            return describe(value) + " is not a valid value for CSS " + property.checkedAs + "; the chat ignores it";
        }
        return null;
    },

    // The value as CSS: "When a colour is entered in, you can either use a word or hex
    // colour" (documented); a shadow given as a bare colour, as every example of the
    // glossary gives it, becomes a box-shadow (chatkit.emulator.theme.SHADOW_FROM_COLOR).
    cssValue: function (property, value) {
        const data = RULE_DATA.theme;
        if (property.kind === data.shadowKind && CSS.supports(data.colorProperty, value)) {
            return format(data.shadowFromColor, value);
        }
        return CSS.supports(property.checkedAs, value) ? value : null;
    },

    // The rules of every applied property whose part is in `where` ("window": the chat
    // window's document; "page": the tenant's page, for the frame and the invitation):
    // [{selector, property, value}].
    rules: function (where) {
        const found = [];
        Object.keys(Theme.applied).forEach(function (name) {
            const property = RULE_DATA.theme.properties[name];
            const value = Theme.cssValue(property, Theme.applied[name]);
            property.targets.forEach(function (target) {
                if (target.document === where) {
                    found.push({ selector: target.selector, property: target.property, value: value });
                }
            });
        });
        return found;
    },

    // The page's rules, as the window's: in a <style> element injected at run time, so a
    // policy that blocks the widget's styles blocks these too.
    applyToPage: function () {
        const rules = Theme.rules("page");
        if (!rules.length) {
            return;
        }
        const element = document.createElement("style");
        document.head.appendChild(element);
        const sheet = element.sheet;
        if (!sheet) {
            return; // the browser reports the violation (Policy)
        }
        rules.forEach(function (rule) {
            const index = sheet.insertRule(rule.selector + " {}", sheet.cssRules.length);
            sheet.cssRules[index].style.setProperty(rule.property, rule.value, "important");
        });
    },
};
