"""What the office prints: labels, counter receipts, registers (Qt's non-widget print engine)."""
