// ---------------------------------------------------------------- Link

// The page's side of the chat window: they talk with postMessage only, as production's
// page and chat window do (fact: "The iframe and the page talk with postMessage"; v2:
// the window is a sandboxed iframe srcdoc without allow-same-origin, documented, so the
// page cannot reach into it).  Every message is an object {chatkitEmulator: 1, type, ...}:
//   page -> window   render {model, seq}   draw the chat's data (View.model)
//                    ping {id}             answered with pong once all before it is done
//                    query {id, selector, what, waitMs}   answered with answer {id, result}
//   window -> page   ready                 its script runs and it can draw
//                    action {name, value}  what the customer did (View.actions)
//                    violation {...}       a securitypolicyviolation event in the window
//                    pong {id}, answer {id, result}
// A window whose script never says ready (its script blocked or not found) is dead: the
// page notes why and stops waiting for it.
const Link = {
    GRACE_MS: 1200, // after the frame's load event, for a ready still on its way
    LIMIT_MS: 8000, // from opening, for a frame that never loads at all
    frame: null,
    ready: false,
    dead: false,
    pending: null, // the last model, until the window is ready
    sent: 0, // the number of the last model sent
    waiters: [], // resolve functions, called once the window is ready or dead
    replies: {}, // id -> resolve function of a ping or a query
    nextId: 1,
    timers: [],

    open: function (frame) {
        Link.close();
        Object.assign(Link, { frame: frame, ready: false, dead: false, pending: null });
        frame.addEventListener("load", function () {
            if (Link.frame === frame && !Link.ready) {
                Link.timers.push(window.setTimeout(function () {
                    Link.giveUp(frame);
                }, Link.GRACE_MS));
            }
        });
        Link.timers.push(window.setTimeout(function () {
            Link.giveUp(frame);
        }, Link.LIMIT_MS));
    },

    giveUp: function (frame) {
        if (Link.frame !== frame || Link.ready || Link.dead) {
            return;
        }
        Link.dead = true;
        Policy.note(Policy.deadWindow());
        Link.wake();
    },

    close: function () {
        Link.timers.splice(0).forEach(window.clearTimeout);
        Link.frame = null;
        Link.ready = false;
        Link.wake();
        Object.keys(Link.replies).forEach(function (id) {
            const resolve = Link.replies[id];
            delete Link.replies[id];
            resolve(null);
        });
    },

    wake: function () {
        Link.waiters.splice(0).forEach(function (resolve) {
            resolve();
        });
    },

    // The window's origin to post to: v2's srcdoc has an opaque one, which only "*" reaches.
    target: "*",

    post: function (message) {
        if (Link.frame && Link.frame.contentWindow) {
            message.chatkitEmulator = 1;
            Link.frame.contentWindow.postMessage(message, Link.target);
        }
    },

    render: function (model) {
        Link.sent += 1;
        if (Link.ready) {
            Link.post({ type: "render", seq: Link.sent, model: model });
        } else {
            Link.pending = model;
        }
    },

    receive: function (event) {
        const data = event.data;
        if (!Link.frame || event.source !== Link.frame.contentWindow || !isObject(data) || data.chatkitEmulator !== 1) {
            return;
        }
        if (data.type === "ready") {
            Link.ready = true;
            if (Link.pending !== null) {
                Link.post({ type: "render", seq: Link.sent, model: Link.pending });
                Link.pending = null;
            }
            Link.wake();
        } else if (data.type === "action") {
            View.act(data.name, data.value);
        } else if (data.type === "violation") {
            Policy.inWindow(data);
        } else if ((data.type === "pong" || data.type === "answer") && hasOwn(Link.replies, data.id)) {
            const resolve = Link.replies[data.id];
            delete Link.replies[data.id];
            resolve(data.result);
        }
    },

    whenReady: function () {
        if (!Link.frame || Link.ready || Link.dead) {
            return Promise.resolve();
        }
        return new Promise(function (resolve) {
            Link.waiters.push(resolve);
        });
    },

    // A round trip: resolves once the window has done all the page sent before, and the
    // page has received all the window sent before (each direction keeps its order);
    // true when the page has sent another model meanwhile.
    roundTrip: function (type, fields) {
        return Link.whenReady().then(function () {
            if (!Link.frame || Link.dead) {
                return null;
            }
            const id = Link.nextId++;
            return new Promise(function (resolve) {
                Link.replies[id] = resolve;
                Link.post(Object.assign({ type: type, id: id }, fields));
            });
        });
    },

    settled: function () {
        const seen = Link.sent;
        return Link.roundTrip("ping", {}).then(function () {
            return Link.frame !== null && Link.sent !== seen;
        });
    },

    query: function (selector, what, waitMs) {
        return Link.roundTrip("query", { selector: selector, what: what, waitMs: waitMs }).then(function (result) {
            if (isObject(result) && typeof result.error === "string") {
                throw new Error("inWindow: " + result.error);
            }
            return Array.isArray(result) ? result : [];
        });
    },
};

window.addEventListener("message", Link.receive);
