"""'Did you mean' suggestions by edit distance.  Pure Python (no difflib in Brython)."""


def closest(word, candidates):
    """The candidate nearest to `word` by edit distance, when close enough to suggest.

    Close enough: at most a third of the word (two edits at least), and never all but
    one of its letters (`a b` is not `api`).
    """
    best, best_distance = None, None
    for candidate in candidates:
        distance = _edit_distance(word.lower(), candidate.lower())
        if best_distance is None or distance < best_distance:
            best, best_distance = candidate, distance
    if best is not None and best_distance <= max(2, len(word) // 3) and (
            best_distance < len(word) - 1):
        return best
    return None


def _edit_distance(a, b):
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]
