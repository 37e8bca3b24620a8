"""The office's end of the Bureau d'Ordre Digital portal: contract, client, sync, simulator.

``openapi.yaml`` is the versioned contract (v1); ``sim`` implements it as a loopback HTTP
server for tests, demos and training; the client and the sync engine consume it.
"""
