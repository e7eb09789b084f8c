// ---------------------------------------------------------------- JsonHop

// Production forwards each command with postMessage(JSON.stringify({topic, data})), and
// the chat applies its rules "on what JSON.parse gives back" (fact, "The bus on the
// page"): NaN and ±Infinity arrive as null (which removes a customer info key), keys whose
// value is undefined vanish, a Date arrives as its ISO string, an object with toJSON as
// what that returns, and a BigInt (or a cycle) makes JSON.stringify throw, so nothing is
// sent.  JsonHop does the same, and notes what the hop lost or changed: production says
// nothing of it.
const JsonHop = {
    // The JSON text production would post, or null when JSON.stringify throws: the bus
    // catches the error and logs it (fact), and the emulator notes it.
    encode: function (topic, data) {
        try {
            return JSON.stringify({ topic: topic, data: data });
        } catch (error) {
            Log.error("8x8Chat", error.message);
            Log.note(topic + ": nothing was sent: JSON.stringify failed (" + error.message + ")");
            return null;
        }
    },

    // Notes on what the hop changed in `data`, given what arrives (JSON.parse's result).
    noteChanges: function (topic, data, arrived) {
        const changes = [];
        JsonHop.compare(data, arrived, [], false, changes);
        changes.forEach(function (change) {
            // A null in customer:set-info removes the key (documented): say so.
            const removes = topic === RULE_DATA.topics.SET_INFO && change.path.length === 1
                && change.becomes === "arrives as null";
            Log.note(topic + ": " + JsonHop.where(change.path) + " is " + change.was + " and "
                + change.becomes + (removes ? ", which removes the key" : ""));
        });
    },

    // data["Cart"][0]: the place of a value in the payload.
    where: function (path) {
        return "data" + path.map(function (key) {
            return "[" + (typeof key === "number" ? key : JSON.stringify(key)) + "]";
        }).join("");
    },

    // What became of `value` (at `path` in the payload), found by walking it beside
    // `arrived`.  JSON.stringify already refused cycles, so the walk ends.
    compare: function (value, arrived, path, inArray, changes) {
        const type = typeof value;
        const change = function (becomes) {
            changes.push({ path: path, was: JsonHop.describe(value), becomes: becomes });
        };
        if (value === undefined || type === "function" || type === "symbol") {
            if (path.length) { // no data at all is publish(topic), as documented
                change(inArray ? "arrives as null" : "is left out");
            }
        } else if (type === "number" && !isFinite(value)) {
            change("arrives as null");
        } else if (!isObject(value)) {
            return;
        } else if (typeof value.toJSON === "function") {
            change(arrived === undefined ? "is left out"
                : "arrives as " + JSON.stringify(arrived) + " (its toJSON())");
        } else if (!JsonHop.isPlain(value)) {
            change("arrives as " + JSON.stringify(arrived));
        } else if (Array.isArray(value)) {
            value.forEach(function (item, index) {
                JsonHop.compare(item, arrived[index], path.concat([index]), true, changes);
            });
        } else {
            Object.keys(value).forEach(function (key) {
                JsonHop.compare(value[key], arrived[key], path.concat([key]), false, changes);
            });
        }
    },

    isPlain: function (value) {
        const prototype = Object.getPrototypeOf(value);
        return Array.isArray(value) || prototype === Object.prototype || prototype === null;
    },

    describe: describe,
};
