"""Printing from the desktop: labels, receipts and registers to a printer, a PDF or a preview."""
