"""chatkit in the page, under Brython (SPEC 6)."""
