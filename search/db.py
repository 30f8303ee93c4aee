"""Database helpers shared by the search modules."""

from contextlib import contextmanager

from django.db import connection, transaction


@contextmanager
def planner(*methods_off):
    """Turn PostgreSQL planner methods off for the queries run inside, and only them.

    The planner estimates a common word's matches low: it scans the whole table
    (100 ms at 100,000 resources) where the GIN index's bitmap reads only the
    matching rows (40 ms), and sorts every match where the RUM index hands them
    over in order. These queries read one table with known indexes: the choice is
    made for it. Elsewhere a no-op.
    """
    if connection.vendor != "postgresql" or not methods_off:
        yield
        return
    with transaction.atomic(), connection.cursor() as cursor:
        for method in methods_off:
            cursor.execute(f"SET LOCAL enable_{method} = off")
        yield
        for method in methods_off:
            cursor.execute(f"SET LOCAL enable_{method} = DEFAULT")
