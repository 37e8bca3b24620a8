"""Documents: what an attachment is, checked before it is stored."""
