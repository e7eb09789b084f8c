"""`chatkit serve`: the preview of a config against the 8x8 emulator (SPEC 3).

server (the livereload server and its file watcher), page (what it answers:
the page around the snippet, the emulator, the stylesheet).  CPython only.
"""
