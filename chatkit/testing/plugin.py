"""pytest plugin for chatkit (entry point `pytest11: chatkit`); fixtures follow."""
