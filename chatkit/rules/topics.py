"""The bus topics of the 8x8 embedded chat, named once for every runtime."""

SET_INFO = "customer:set-info"
RESET_INFO = "customer:reset-info"
INFO_SENT = "customer:info-sent"
SET_LANGUAGE = "chat:set-language"
SET_VARIABLES = "chat:set-variables"
SET_SYSTEM_MESSAGES = "chat:set-system-messages"
TRIGGER_INVITATION = "chat:trigger-invitation"
TRIGGER_PRE_CHAT = "chat:trigger-pre-chat"
TRIGGER_CHAT_WINDOW = "chat:trigger-chat-window"
END = "chat:end"

COMMANDS = (SET_INFO, RESET_INFO, SET_LANGUAGE, SET_VARIABLES, SET_SYSTEM_MESSAGES,
            TRIGGER_INVITATION, TRIGGER_PRE_CHAT, TRIGGER_CHAT_WINDOW, END)
EVENTS = (INFO_SENT,)
