"""lagebild: turn news into a situation picture of coded political events."""

__version__ = "0.1.0"
