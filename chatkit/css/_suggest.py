"""'Did you mean': the known name at most two edits away, without scanning every name.

`chatkit._wording.closest` compares a word with every candidate, which is right for
a config's few keys; a stylesheet may hold thousands of unknown names, each checked
against some 700 properties.  So the names are indexed by what is left of them after
deleting up to two characters (the SymSpell idea): two words at most two edits apart
share such a leftover, and only the few names sharing one with the word are compared.

    >>> Suggestions(["color", "content"]).closest("colr")
    'color'
"""

from chatkit._wording import edit_distance as _distance

__all__ = ["Suggestions"]

EDITS = 2
LONGEST = 64  # no property or pseudo-class is longer; a longer word is no typo of one


class Suggestions:
    """Known names, and the nearest one to a word (None beyond two edits)."""

    def __init__(self, names):
        self.names = sorted(set(names))
        self._index = None

    def closest(self, word):
        if len(word) > LONGEST:
            return None
        index = self._built()
        candidates = set()
        for leftover in _leftovers(word):
            candidates.update(index.get(leftover, ()))
        ranked = sorted((_distance(word, name), name) for name in candidates)
        if not ranked or ranked[0][0] > _allowed(word):
            return None
        return ranked[0][1]

    def _built(self):
        if self._index is None:
            self._index = {}
            for name in self.names:
                for leftover in _leftovers(name):
                    self._index.setdefault(leftover, []).append(name)
        return self._index


def _allowed(word):
    """Edits a typo of this length may hold: a word of two letters is no typo of another."""
    return 0 if len(word) < 3 else 1 if len(word) < 5 else EDITS


def _leftovers(word):
    """`word` with up to EDITS of its characters deleted, every way."""
    found, frontier = {word}, {word}
    for _ in range(EDITS):
        frontier = {text[:i] + text[i + 1:] for text in frontier for i in range(len(text))}
        found |= frontier
    return found
