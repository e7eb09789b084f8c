"""Chat hooks for www.example.com, run in the page by Brython (`chatkit build`).

The same hooks drive the v1 chat (chat.toml) and the v2 chat (chat-v2.toml).
"""

from browser import document, window

from chatkit.browser import chat


def page_meta(name):
    """The content of <meta name="..."> in the page, or None (which leaves the key out)."""
    for meta in document.select('meta[name="%s"]' % name):
        return meta.getAttribute("content")
    return None


# What the page knows about the customer reaches the agent with the chat.
chat.customer.set_info({
    "Page": window.location.pathname,
    "Plan": page_meta("customer-plan"),
})

# The chat speaks the page's language: <html lang="pt-BR"> gives "pt".
if document.documentElement.lang:
    chat.set_language(document.documentElement.lang)


def offer_help(event):
    chat.trigger_chat_window()


# A "Need help?" button opens the chat window.
for button in document.select("#need-help"):
    button.bind("click", offer_help)


def show_sent(data):
    # v1 says what the agent sees; v2 only that the customer info has gone (data is None).
    sent = ", ".join(sorted(data["info"])) if data else "your details"
    for status in document.select("#chat-status"):
        status.text = "The agent sees: " + sent


chat.on("customer:info-sent", show_sent)
