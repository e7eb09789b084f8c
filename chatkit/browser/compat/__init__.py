"""Brython's `browser` and `javascript` modules for hooks on MicroPython (`[python] runtime`).

Hooks written for Brython import `from browser import document, window` and use
`javascript.NULL`; on a MicroPython page these two modules stand in for Brython's
(shipped there as the top-level modules `browser` and `javascript`), so the same
hooks run unchanged.  They hold what hooks use, not all of Brython's: see each
module.  Never imported under CPython (they import MicroPython's `js`).
"""
