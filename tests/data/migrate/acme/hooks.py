"""Acme's chat hooks: invite shoppers who linger on a product page."""

from browser import timer, window

from chatkit.browser import chat


def invite():
    chat.trigger_invitation()


if "/products/" in window.location.pathname:
    timer.set_timeout(invite, 20000)  # after 20 s on a product page

chat.on("chat:trigger-invitation", lambda data: window.console.log("invited"))
chat.on("customer:info-sent", lambda data: window.console.log("sent", data))


def checkout_help(event):
    window.__chatkit.bus.publish("chat:trigger-pre-chat", {})


for button in window.document.querySelectorAll("#checkout-help"):
    button.addEventListener("click", checkout_help)
