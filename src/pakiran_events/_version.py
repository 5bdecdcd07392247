"""The one place the release version lives: the Python package and the data package share it."""

__version__ = "2.7.2"
