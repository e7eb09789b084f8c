// ---------------------------------------------------------------- the chat's data

const TEXTS = RULE_DATA.texts;
const DOM = RULE_DATA.dom;

// What the Chat Script and the contact center offer; a tenant's test changes it, the
// real chat asks its server.  Read from window.__8x8EmulatorScenario (SPEC 7).
const DEFAULT_SCENARIO = {
    invitation: true,
    preChat: true,
    chatWindow: true,
    offlineForm: true,
    online: true,
    languageQuestion: false,
    formLanguage: "en", // the default language configured in the chat form
    // Creating the chat session fails as the customer enters the queue (*assumed*: the
    // emulator's way to reach an error the chat reports, e.g. v2's onSessionError).
    sessionError: false,
    initDelayMs: 0, // from chat.js loading to the chat starting (production: server round trips)
    latencyMs: 0, // each hop between the page and the chat (see Delivery)
    stylesheets: {}, // configured https stylesheet URL -> the local URL loaded instead
};

// Each option's check: a message when the value cannot be used, else null.
const SCENARIO_CHECKS = {
    formLanguage: function (value) {
        return hasOwn(RULE_DATA.languages, value) ? null : "a language code of the chat";
    },
    initDelayMs: function (value) {
        return typeof value === "number" && value >= 0 ? null : "a number of milliseconds";
    },
    latencyMs: function (value) {
        return typeof value === "number" && value >= 0 ? null : "a number of milliseconds";
    },
    stylesheets: function (value) {
        const urls = isObject(value) && !Array.isArray(value) ? Object.keys(value) : null;
        const bad = !urls || urls.some(function (url) {
            return typeof value[url] !== "string";
        });
        return bad ? "an object mapping a stylesheet URL to the local URL to load" : null;
    },
};

const chat = {
    config: null, // what the front read (v1: window.__8x8Chat)
    looks: null, // what the window shows of it: {title, stylesheetURL} (see Core.start)
    scenario: Object.assign({}, DEFAULT_SCENARIO),
    started: false,
    phase: "closed",
    customerInfo: {},
    variables: {},
    customMessages: {},
    apiLanguage: null, // the last valid language the page set
    preChatLanguage: null, // the pre-chat form's language answer
    queuedLanguage: null, // fixed once the customer is in a queue
    agent: null, // the connected agent's name
    agentNamed: false,
    hadAgent: false,
    typing: false,
    startedByApi: false,
    inSession: false, // the customer entered the queue and the session has not ended
    confirmingEnd: false,
    ended: false,
    invitation: 0, // counts the invitations opened, so a new one replaces the last
    form: null, // the fields of the last submitted form
    history: [], // what the chat window's message history shows: [{kind, text, sender}]
    acknowledge: null, // the text of the confirm-close panel
    submissions: [],
    log: [],
    transcript: [],
};
