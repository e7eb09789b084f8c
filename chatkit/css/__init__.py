"""`chatkit css`: the stylesheet checker (SPEC 3).

stylesheet (reading a file, RTF included, and checking it), _syntax (where the
rules, selectors and declarations are), _properties (what cssutils says of each),
rtf (CSS pasted into an RTF document).  CPython only.
"""

from chatkit.css.stylesheet import (
    CssProblem,
    Stylesheet,
    chat_vocabulary,
    check_css,
    command,
    file_problems,
    read_stylesheet,
)

__all__ = ["CssProblem", "Stylesheet", "chat_vocabulary", "check_css", "command",
           "file_problems", "read_stylesheet"]
