"""Imputation: sending registered mail to services and agents, following it to its close.

- :mod:`visibility`: who sees which mail (SQL filters and point checks);
- :mod:`deadlines`: due dates from priority, the legal cap of citizens' requests, overdue days;
- :mod:`workflow`: assign, reassign, return, start, answer, close (one transaction each);
- :mod:`inbox`: the chef's inbox, the agent's tasks, the supervisor's delays by service.
"""
