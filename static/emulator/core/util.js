// ---------------------------------------------------------------- helpers

function hasOwn(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
}

function isObject(value) {
    return value !== null && typeof value === "object";
}

// Define rather than assign, so that a key such as "__proto__" is kept as data.
function setOwn(object, key, value) {
    Object.defineProperty(object, key, {
        value: value, enumerable: true, writable: true, configurable: true,
    });
}

function text(value) {
    try {
        return String(value);
    } catch (error) {
        return Object.prototype.toString.call(value);
    }
}

// The Python core's "%s" templates; a function replacement keeps "$&" etc. literal.
function format(template) {
    const values = Array.prototype.slice.call(arguments, 1);
    let next = 0;
    return template.replace(/%s/g, function () {
        return text(values[next++]);
    });
}

// A copy safe to hand out: plain objects and arrays, primitives (NaN included) as they
// are, functions left out.
function snapshot(value) {
    if (Array.isArray(value)) {
        return value.map(snapshot);
    }
    if (!isObject(value)) {
        return value;
    }
    const copy = {};
    Object.keys(value).forEach(function (key) {
        if (typeof value[key] !== "function") {
            setOwn(copy, key, snapshot(value[key]));
        }
    });
    return copy;
}

// What JSON makes of a value: production carries every message between the page and the
// chat as JSON text (fact: "Forwarding is postMessage(JSON.stringify({topic, data}))").
// Throws what JSON.stringify throws (a BigInt, a cycle).
function throughJson(value) {
    const json = JSON.stringify({ data: value });
    return JSON.parse(json).data;
}

// A value as a message names it: a string quoted, a number as it is, an object by its kind.
function describe(value) {
    if (typeof value === "string") {
        return JSON.stringify(value);
    }
    if (typeof value === "bigint") {
        return String(value) + "n";
    }
    if (value === null || typeof value === "number" || typeof value === "boolean") {
        return String(value);
    }
    if (value === undefined) {
        return "undefined";
    }
    if (typeof value === "function") {
        return "a function";
    }
    if (typeof value === "symbol") {
        return "a symbol";
    }
    const name = value.constructor && value.constructor.name;
    if (!name) {
        return "an object";
    }
    return (/^[AEIOU]/.test(name) ? "an " : "a ") + name;
}

// An error of the page's own code, thrown where production does not catch it: reported as
// an uncaught error of the page, while the chat goes on.
function reportUncaught(error) {
    if (typeof window.reportError === "function") {
        window.reportError(error);
    } else {
        window.setTimeout(function () {
            throw error;
        }, 0);
    }
}
