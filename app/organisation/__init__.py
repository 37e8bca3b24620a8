"""The office, its services and its users; who may do what."""
