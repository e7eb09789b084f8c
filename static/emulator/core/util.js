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
