"""Brython's `browser` module on MicroPython: `window`, `document`, `console`, `alert`, `bind`.

`document` and the elements it gives are `DOMNode`s, as in Brython: `select(css)`
(a list of DOMNodes), `document["id"]` (or KeyError), `bind(event, handler)` and
`unbind(event[, handler])`, `text` and `html` (read and set), `parent`, `children`,
`get(selector=css)`; any other attribute is the element's own (`getAttribute`,
`className`, `lang`, `style`...), an element among them wrapped again.  `window`
is the page's `globalThis` itself.

A handler bound here gets the DOM event; an exception in it is printed to the
console with its traceback ("chatkit: handler ... failed") and goes no further,
as Brython prints it.  Shipped to a MicroPython page as the module `browser`.
"""

import io
import sys

import js
import jsffi

window = js.globalThis
console = window.console
self = window


def alert(message):
    window.alert(str(message))


def _is_node(value):
    return isinstance(value, jsffi.JsProxy) and isinstance(js.Reflect.get(value, "nodeType"),
                                                            int)


def _wrapped(value):
    return DOMNode(value) if _is_node(value) else value


def _traceback(error):
    text = io.StringIO()
    sys.print_exception(error, text)  # type: ignore[attr-defined]  # MicroPython's own sys
    return text.getvalue().rstrip("\n")


class DOMNode:
    """An element (or the document) of the page, as Brython's DOMNode."""

    def __init__(self, element):
        object.__setattr__(self, "_element", element)
        object.__setattr__(self, "_bound", [])

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return _wrapped(getattr(self._element, name))

    def __setattr__(self, name, value):
        # `text` and `html` here too: which of a property's setter and this runs first is
        # not the same on every Python.
        if name == "text":
            self._element.textContent = str(value)
        elif name == "html":
            self._element.innerHTML = str(value)
        else:
            setattr(self._element, name, value._element if isinstance(value, DOMNode)
                    else value)

    def __getitem__(self, key):
        found = self._element.ownerDocument.getElementById(key) if \
            self._element.ownerDocument is not None else self._element.getElementById(key)
        if found is None:
            raise KeyError(key)
        return DOMNode(found)

    def __eq__(self, other):
        return isinstance(other, DOMNode) and self._element == other._element

    def __hash__(self):
        return id(self)

    def __repr__(self):
        return "<DOMNode %s>" % self._element.nodeName

    @property
    def text(self):
        return self._element.textContent

    @text.setter
    def text(self, value):
        self._element.textContent = str(value)

    @property
    def html(self):
        return self._element.innerHTML

    @html.setter
    def html(self, value):
        self._element.innerHTML = str(value)

    @property
    def parent(self):
        return _wrapped(self._element.parentNode)

    @property
    def children(self):
        return [DOMNode(child) for child in self._element.children]

    def select(self, selector):
        """The elements inside this one that match the CSS `selector`, as a list."""
        return [DOMNode(found) for found in self._element.querySelectorAll(selector)]

    def select_one(self, selector):
        found = self._element.querySelector(selector)
        return None if found is None else DOMNode(found)

    def get(self, selector=None):
        if selector is None:
            raise TypeError("DOMNode.get() takes selector=")
        return self.select(selector)

    def bind(self, event, handler=None):
        """Call `handler(event)` on each `event`; as a decorator without `handler`."""
        if handler is None:
            return lambda function: self.bind(event, function) and function
        listener = _listener(handler, event)
        self._bound.append((event, handler, listener))
        self._element.addEventListener(event, listener)
        return self

    def unbind(self, event, handler=None):
        for bound in list(self._bound):
            if bound[0] == event and (handler is None or bound[1] is handler):
                self._element.removeEventListener(event, bound[2])
                self._bound.remove(bound)


def _listener(handler, event):
    def listener(dom_event):
        try:
            handler(dom_event)
        except Exception as error:
            console.error("chatkit: handler %s for %s failed\n%s"
                          % (getattr(handler, "__name__", handler), event, _traceback(error)))

    return listener


def bind(target, event):
    """A decorator: `@bind(document["button"], "click")` or `@bind("#button", "click")`."""

    def decorator(handler):
        nodes = document.select(target) if isinstance(target, str) else \
            target if isinstance(target, list) else [target]
        for node in nodes:
            node.bind(event, handler)
        return handler

    return decorator


document = DOMNode(window.document)
