"""`chatkit build`: the files the snippet's `[python]` loader fetches (SPEC 3, 4).

assets (the runtime, the chatkit bundle and the hooks, with their SRI hashes),
precompiled (the shipped, precompiled chatkit bundle and its freshness check),
precompile (the developer tool that writes it).  CPython only.
"""
