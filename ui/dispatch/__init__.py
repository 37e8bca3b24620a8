"""Dispatch in the desk: batch labels, routing slips, the delivery book, registered letters."""
