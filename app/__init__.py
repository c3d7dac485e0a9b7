"""Thuisplan: draft a regional woonzorgvisie for aandachtsgroepen."""

__version__ = "0.1.0"
