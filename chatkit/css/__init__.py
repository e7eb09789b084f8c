"""`chatkit css`: the stylesheet checker (SPEC 3), and the CSS value check of v2 themes.

stylesheet (reading a file, RTF included, and checking it), _syntax (where the rules,
selectors and declarations are, read with tinycss2), _selectors, _values (is it a
property and a value browsers take: cssutils and `_data`), _grammar (what a property's
value may hold), _data (generated from css-tree and MDN by _generate), rtf (CSS pasted
into an RTF document), _text (user text inside one-line messages).  CPython only.
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
