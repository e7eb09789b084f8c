"""`chatkit serve`: the preview of a config against the 8x8 emulator (SPEC 3).

server (`serve_preview`: the sockets and uvicorn), app (the Starlette application:
local requests only), live (the file watcher, the pages' live sockets, what went
wrong), terminal (what the preview prints), origins (which Host and Origin are the
preview's own), page (what it answers), look (the config, hooks and stylesheet read
into what the page shows), stamps (which files changed, at the cost of a stat),
stylesheet (`--stylesheet FILE` mapped over the config's https URL), csp (`--csp
POLICY` as the preview serves it).  CPython only.
"""
