"""The administration screen: services, users, instructions, default days."""
