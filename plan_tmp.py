import sys
from datetime import date
from app.store.database import Database
from app.organisation.actor import authenticate
from tests.benchmarks import bench_dashboard as b
import app.stats.queries as q
db = Database(sys.argv[1])
admin = authenticate(db, "admin", b.PASSWORD)
y = int(sys.argv[3]) if len(sys.argv) > 3 else 2025
frame = b._frame(db, admin, date(y,1,1), date(y,12,31) if y == 2025 else date(2026,12,7))
with db.read() as s:
    real = s.execute
    got = []
    def ex(stmt, *a, **k):
        got.append(stmt); return real(stmt, *a, **k)
    s.execute = ex
    getattr(q, sys.argv[2])(s, frame)
    for stmt in got:
        sql = str(stmt.compile(dialect=s.get_bind().dialect, compile_kwargs={"literal_binds": True}))
        if "--sql" in sys.argv: print(sql[:3000])
        for row in s.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + sql if db.dialect=="sqlite" else "EXPLAIN ANALYZE " + sql):
            print(row)
        print('----')
