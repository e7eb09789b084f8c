    // The chat's language for the visitor's browser (chatkit.rules.languages.browser_language):
    // the first of `tags` (navigator.languages) that names a chat language by chatkit's BCP 47
    // rules, or null. `table` is {codes, aliases, chinese} from chatkit.rules.languages.
    // One text, used by the snippet and by the emulator (python -m chatkit.emulator).
    function browserLanguage(tags, table) {
        for (var i = 0; i < tags.length; i++) {
            var tag = String(tags[i]).replace(/_/g, "-").toLowerCase();
            if (!/^[a-z0-9]{1,8}(-[a-z0-9]{1,8})*$/.test(tag)) { continue; }
            var subtags = tag.split("-");
            var primary = table.aliases[subtags[0]] || subtags[0];
            for (var j = 0; primary === "zh" && j < subtags.length; j++) {
                if (table.chinese[subtags[j]]) { return table.chinese[subtags[j]]; }
            }
            if (primary !== "zh" && table.codes.indexOf(primary) !== -1) { return primary; }
        }
        return null;
    }
