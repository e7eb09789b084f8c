"""The chat's rules, shared by both runtimes: CPython (`chatkit check`) and Brython (the page).

customer (set-info, SPEC 5.1), languages (5.2, and the browser's language),
messages (the 49 system messages, 5.3), urls (stylesheet, domain and link URLs,
5.4 and 5.6), topics (the v1 bus topics), variables (v2's setVariables, 5.7),
theme (v2's themeCustom names, 5.7), chatapp (v2's quick replies and sound, 5.7),
suggest ("did you mean"), text (characters a value must not hide, by name), values
(what a value is called in a message).  These modules import nothing that Brython
cannot load without its standard library; `tests/test_core_portability.py` enforces it.
"""
