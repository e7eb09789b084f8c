// ---------------------------------------------------------------- Log

// The emulator's three voices, kept apart so that a test can assert on each (SPEC 7):
//   warn   a text the real chat prints with console.warn (its documented warnings);
//          kept for state().warnings, nothing else goes there
//   note   the emulator's own finding about the page's use of the chat, which production
//          passes over in silence (an unknown topic, data lost in the JSON hop, a listener
//          that threw...); kept for state().notes and shown with console.info, marked as
//          the emulator's
//   error  a console.error, of the chat or of the emulator
const Log = {
    warnings: [],
    notes: [],

    warn: function (message) {
        Log.warnings.push(message);
        console.warn(message);
    },

    note: function (message) {
        Log.notes.push(message);
        console.info("[8x8 emulator] " + message);
    },

    error: function () {
        console.error.apply(console, arguments);
    },
};
