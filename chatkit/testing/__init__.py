"""Test a chatkit site against the 8x8 chat emulator (SPEC 8)."""
