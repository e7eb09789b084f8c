"""`chatkit css`: the stylesheet checker (SPEC 3), and the CSS value check of v2 themes.

    stylesheet  reading a file (RTF included) and checking it: `chatkit css`
    _syntax     where the rules, selectors and declarations are (tinycss2), and the
                user's text shown in one-line messages
    _selectors  is a selector valid today, and can it match the chat window?
    _values     is it a property and a value browsers take (cssutils and `_data`, each
                property's grammar), and "did you mean" for a name
    rtf         CSS pasted into an RTF document
    _data       what CSS knows today, generated from css-tree and MDN by _generate

CPython only.
"""

from chatkit.css._values import check_value
from chatkit.css.stylesheet import (
    CssProblem,
    Stylesheet,
    chat_vocabulary,
    check_css,
    css_problems,
    file_problems,
    read_stylesheet,
    suggested_output,
)

__all__ = ["CssProblem", "Stylesheet", "chat_vocabulary", "check_css", "check_value",
           "css_problems", "file_problems", "read_stylesheet", "suggested_output"]
