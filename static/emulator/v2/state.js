// ---------------------------------------------------------------- v2

// What only the v2 chat keeps, beside the shared chat's data.
const v2 = {
    // setInvitationQuickReplies: "Quick replies are shown in the invitation UI before the
    // customer enters the chat." (documented)
    quickReplies: [],
    // setNotificationSoundToggle: "By default, the webchat widget plays a sound when a new
    // message arrives." (documented)
    notificationSound: true,
    chosenReply: null, // the quick reply the customer chose, sent once in the chat window
    chatApp: null, // what the page's callback received
};
