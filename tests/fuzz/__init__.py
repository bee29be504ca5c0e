"""Fuzzing clean(): the atheris harness and a pure-Python smoke run (issue 6)."""
