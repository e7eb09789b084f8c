// ---------------------------------------------------------------- Delivery

// The hop between the page and the chat.  Production's page and chat talk through
// postMessage, often with a server round trip between: "Everything after the page's
// publish is asynchronous ... customer:info-sent, phase changes and warnings come later,
// never during publish" (fact).  So whatever crosses, in either direction, runs in a later
// task, never before the call that sent it returns, and no sooner than scenario.latencyMs
// after it was sent.  One queue, first in first out: order is kept even when the latency
// changes at run time (*assumed*: one latency for both directions; production's varies
// with the network).
const Delivery = {
    queue: [], // [{due, run}], oldest first
    timer: null,
    waiters: [], // settled() promises' resolve functions

    send: function (run) {
        const latency = Math.max(0, Number(chat.scenario.latencyMs) || 0);
        Delivery.queue.push({ due: performance.now() + latency, run: run });
        Delivery.schedule();
    },

    schedule: function () {
        if (Delivery.timer === null && Delivery.queue.length) {
            const wait = Math.max(0, Delivery.queue[0].due - performance.now());
            Delivery.timer = window.setTimeout(Delivery.pump, wait);
        }
    },

    // Runs what is due, in order; what a run sends joins the end of the queue.
    pump: function () {
        Delivery.timer = null;
        while (Delivery.queue.length && Delivery.queue[0].due <= performance.now()) {
            const next = Delivery.queue.shift();
            try {
                next.run();
            } catch (error) {
                Log.error("8x8 emulator: a delivery failed", error);
            }
        }
        Delivery.schedule();
        if (!Delivery.queue.length) {
            Delivery.waiters.splice(0).forEach(function (resolve) {
                resolve();
            });
        }
    },

    // A promise resolved once nothing is in flight any more (tests read a settled state).
    settled: function () {
        if (!Delivery.queue.length) {
            return Promise.resolve();
        }
        return new Promise(function (resolve) {
            Delivery.waiters.push(resolve);
        });
    },
};
