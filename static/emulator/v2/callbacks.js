// ---------------------------------------------------------------- Callbacks

// setProxy(callbacks): "Using the setProxy() method, you can register callback functions
// to respond to these events on your website." (documented, event-callbacks.md)  Each
// lifecycle moment of the core fires its callback (chatkit.emulator.v2.MOMENT_CALLBACKS,
// generated), later, through Delivery, like everything the chat tells the page.
const Callbacks = {
    proxy: null, // the object the page last gave setProxy
    registered: {}, // callback name -> the page's function
    fired: [], // [{callback, args}]: every callback the chat fired, registered or not

    // *assumed*: the page-side loader keeps the functions (they cannot cross to the chat
    // by postMessage), so setProxy takes effect at once.  A second setProxy replaces the
    // first one's callbacks (*assumed*: 8x8 does not say; "Callbacks are registered once").
    set: function (callbacks) {
        if (!isObject(callbacks)) {
            Log.note("setProxy was given " + describe(callbacks) + ", not an object of callbacks; nothing changed");
            return;
        }
        if (Callbacks.proxy !== null) {
            Log.note("setProxy was called again: its callbacks replace those of the first call (8x8 does not say what a second call does; the emulator assumes it replaces them)");
        }
        if (chat.started) {
            Log.note("setProxy was called after the chat started: \"The setProxy() method should be called during initialization (inside the callback function), before the chat starts.\" Callbacks already fired are not fired again");
        }
        const registered = {};
        Object.keys(callbacks).forEach(function (name) {
            Callbacks.register(registered, name, callbacks[name]);
        });
        Callbacks.proxy = callbacks;
        Callbacks.registered = registered;
    },

    register: function (registered, name, callback) {
        const names = RULE_DATA.chatApp.callbacks;
        if (names.indexOf(name) === -1) {
            Log.note("setProxy: " + name + " is not a callback of the chat; it is never called (the callbacks: " + names.join(", ") + ")");
        } else if (typeof callback === "function") {
            setOwn(registered, name, callback);
        } else if (callback !== undefined && callback !== null) {
            // "You only need to provide the callbacks you want to use. Any missing callbacks
            // are ignored." (documented)  One that is not a function is never called either.
            Log.note("setProxy: " + name + " is " + describe(callback) + ", not a function; it is never called");
        }
    },

    listen: function () {
        const data = RULE_DATA.chatApp;
        Object.keys(data.moments).forEach(function (moment) {
            Signals.on(moment, function (value) {
                Callbacks.send(data.moments[moment], value);
            });
        });
        Signals.on("opened", function (phase) {
            if (hasOwn(data.opened, phase)) {
                Callbacks.send(data.opened[phase]);
            }
        });
    },

    // "onAppEnd | endChatReason"; the other callbacks have no parameters (documented).
    send: function (name, value) {
        const args = RULE_DATA.chatApp.withArgument.indexOf(name) === -1 ? [] : [value];
        Delivery.send(function () {
            Callbacks.fire(name, args);
        });
    },

    // The callback registered when the moment reaches the page.  One that throws is
    // logged and the chat goes on (*assumed*: as production's v1 bus does with a
    // listener that throws).  `this` is the object given to setProxy (*assumed*: the
    // documentation's callbacks are that object's methods).
    fire: function (name, args) {
        Callbacks.fired.push({ callback: name, args: args.slice() });
        if (!hasOwn(Callbacks.registered, name)) {
            return;
        }
        try {
            Callbacks.registered[name].apply(Callbacks.proxy, args);
        } catch (error) {
            Log.error("8x8 emulator: the page's " + name + " callback threw", error);
            Log.note(name + ": the page's callback threw " + text(error) + "; the chat went on");
        }
    },
};
