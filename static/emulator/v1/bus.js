// ---------------------------------------------------------------- Bus

// The page's bus, as production's loader builds it (fact, "The bus on the page"):
// `subscribe(topic, listener)` returns `{remove}`; `publish(topic, data)` calls each
// listener of the topic, at once, with one argument, `data`; a listener that throws is
// caught and logged and the others still run; a topic nobody subscribed to does nothing.
// The chat's side of it is eight listeners the front subscribes (see Front).
const Bus = {
    listeners: new Map(), // topic -> [{listener, removed}]; any string is a plain name (*assumed*)

    publish: function (topic, data) {
        Front.inspect(topic);
        // Listeners subscribed while a publish runs wait for the next one, and one removed
        // while it runs is not called (fact: production walks its list as it was, skipping
        // removed entries).
        (Bus.listeners.get(topic) || []).slice().forEach(function (entry) {
            if (entry.removed || typeof entry.listener !== "function") {
                return;
            }
            try {
                entry.listener(data);
            } catch (error) {
                // Production logs the error's message through its logger (fact); the
                // emulator also notes it, as production goes on in silence.
                Log.error("8x8Chat", error && error.message);
                Log.note(text(topic) + ": a listener threw " + text(error) + "; the other listeners ran");
            }
        });
    },

    // "The subscribe method also returns a subscription object with a single remove
    // method, which can be used to unsubscribe from that topic." (documented)
    subscribe: function (topic, listener) {
        if (typeof listener !== "function") {
            // Production keeps it and skips it at each publish (fact: it calls only functions).
            Log.note(text(topic) + ": subscribe was given " + JsonHop.describe(listener) + ", not a function; it is never called");
        }
        const entry = { listener: listener, removed: false };
        if (!Bus.listeners.has(topic)) {
            Bus.listeners.set(topic, []);
        }
        Bus.listeners.get(topic).push(entry);
        return {
            remove: function () {
                entry.removed = true;
                const list = Bus.listeners.get(topic);
                const index = list.indexOf(entry);
                if (index !== -1) {
                    list.splice(index, 1);
                }
            },
        };
    },

    // What onInit receives: the two methods, usable unbound.
    facade: function () {
        return { publish: Bus.publish, subscribe: Bus.subscribe };
    },
};
