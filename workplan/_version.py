"""The version, in a module of its own: anything that needs it imports this, not the package."""

__version__ = "0.1.0"
