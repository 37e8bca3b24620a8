"""The office's mailboxes as a channel of arrivée.

Accounts (:mod:`accounts`, passwords in the keyring), reading them over IMAP into the "to be
registered" basket (:mod:`intake`, :mod:`imap`, :mod:`parse`, :mod:`basket`), registering,
joining or discarding what waits there (:mod:`registration`, :mod:`basket`), and the
acknowledgement sent by e-mail (:mod:`ack`, :mod:`smtp`). No Qt here.
"""
