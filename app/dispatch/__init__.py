"""Getting mail to where it goes: routing slips, the delivery book and its handing-over record,
registered letters and their acknowledgements of receipt."""
