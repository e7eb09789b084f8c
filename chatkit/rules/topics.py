"""The v1 bus topics of the 8x8 embedded chat, named once for every runtime.

Production's page-side bus forwards exactly the eight COMMANDS to the chat and
publishes INFO_SENT back (facts, "The bus on the page"); any other topic a page
publishes does nothing.
"""

__all__ = ["COMMANDS", "END", "EVENTS", "INFO_SENT", "RESET_INFO", "SET_INFO", "SET_LANGUAGE",
           "SET_VARIABLES", "TRIGGER_CHAT_WINDOW", "TRIGGER_INVITATION", "TRIGGER_PRE_CHAT"]

SET_INFO = "customer:set-info"
RESET_INFO = "customer:reset-info"
INFO_SENT = "customer:info-sent"
SET_LANGUAGE = "chat:set-language"
SET_VARIABLES = "chat:set-variables"
TRIGGER_INVITATION = "chat:trigger-invitation"
TRIGGER_PRE_CHAT = "chat:trigger-pre-chat"
TRIGGER_CHAT_WINDOW = "chat:trigger-chat-window"
END = "chat:end"

COMMANDS = (SET_INFO, RESET_INFO, END, TRIGGER_INVITATION, SET_LANGUAGE, TRIGGER_PRE_CHAT,
            TRIGGER_CHAT_WINDOW, SET_VARIABLES)
EVENTS = (INFO_SENT,)
