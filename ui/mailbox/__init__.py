"""The office's mailboxes on the desk: reading them in the background, and the basket of
e-mail to register (its window, the registration form, the acknowledgements)."""
