"""Imputation on the desk: the inbox of a service or an agent, and the assignment dialog."""
