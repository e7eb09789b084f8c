// ---------------------------------------------------------------- Signals

// The lifecycle moments the core tells its front about, as they happen in the chat.
// The core never talks to the page itself: the front decides what the page sees, and
// sends it through Delivery, so it reaches the page later (fact: the chat answers
// asynchronously).  The v1 front forwards infoSent as customer:info-sent on the page's
// bus; a v2 front maps each moment to a setProxy callback (8x8-webchat-v2,
// event-callbacks.md):
//   started()          the chat has started                    onAppStart
//   opened(phase)      a window opened: "invitation"           onOpenInvitation
//                      "preChat"                               onOpenOnlineForm
//                      "chatWindow" (the customer is queued)   onOpenChat
//                      "offlineForm"                           onOpenOfflineForm
//   infoSent(data)     customer info submitted, {info, phase}  onCustomerInfoSent
//   sessionCreated()   the chat session exists (queue entered) onSessionCreated
//   sessionEnded()     the chat session is over                onSessionEnd
//   closed(reason)     back to the button; reason "user" (the  onAppEnd(reason)
//                      customer) or "chat-api" (the page)
//   queueSkipped()     the customer left the queue by its      onSkipQueue
//                      skip-queue option (control skipQueue())
//   sessionFailed()    creating the session failed (scenario   onSessionError
//                      sessionError)
// The last two are the emulator's ways to reach onSkipQueue and onSessionError, which
// 8x8 documents only by name ("Fired when the skip queue option is used", "Fired when
// the chat session encounters an error"): what leads to them is *assumed* (see Phases).
const Signals = {
    listeners: {}, // name -> [listener]

    on: function (name, listener) {
        (Signals.listeners[name] = Signals.listeners[name] || []).push(listener);
    },

    emit: function (name, value) {
        (Signals.listeners[name] || []).forEach(function (listener) {
            try {
                listener(value);
            } catch (error) {
                Log.error("8x8 emulator: the front's " + name + " failed", error);
            }
        });
    },
};
