"""Checks of the built example site in a real browser (Debian's Chromium)."""
