"""Qt item models: thin adapters over the services' plain data."""
