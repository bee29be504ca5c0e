"""The catalogue of hostile and broken input (issue 6)."""
