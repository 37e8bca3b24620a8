"""The portal on the desk: the sync indicator, the portal window, sending a départ."""
