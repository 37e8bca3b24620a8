"""Help (F1): the shortcuts and a short guide; About."""
