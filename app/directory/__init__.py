"""The directory of correspondents: who writes to the office and to whom it writes."""
