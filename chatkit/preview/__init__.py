"""`chatkit serve`: the preview of a config against the 8x8 emulator (SPEC 3).

server (the command, the livereload server and its file watcher), handlers (the
HTTP handlers, local requests only), origins (which Host and Origin are the
preview's own), page (what it answers), look (the config, hooks and stylesheet
read into what the page shows), stamps (which files changed, at the cost of a
stat), stylesheet (`--stylesheet FILE` mapped over the config's https URL).
CPython only.
"""
