"""Storage: SQLAlchemy models, the database handle, migrations, counters, audit, blobs."""
