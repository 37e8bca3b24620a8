import time, sys
from datetime import date
from app.store.database import Database
from app.organisation.actor import authenticate
from tests.benchmarks import bench_dashboard as b
import app.stats.queries as q
db = Database("sqlite:////work/wt/bench-data/dashboard-1m.sqlite")
admin = authenticate(db, "admin", b.PASSWORD)
frame = b._frame(db, admin, date(2025,1,1), date(2025,12,31))
with db.read() as s:
    real = s.execute
    got = []
    def ex(stmt, *a, **k):
        got.append(stmt); return real(stmt, *a, **k)
    s.execute = ex
    q.milestones(s, frame)
    sql = str(got[-1].compile(dialect=s.get_bind().dialect, compile_kwargs={"literal_binds": True}))
open("/tmp/milestones.sql","w").write(sql)
import sqlite3
c = sqlite3.connect("/tmp/exp.sqlite")
for i in range(2):
    t0=time.perf_counter(); r=c.execute(sql).fetchall(); print(f"full {(time.perf_counter()-t0)*1000:.0f} ms rows={len(r)}")
# only up to treated
head = sql.split(" treated_days AS")[0].rstrip().rstrip(",")
t0=time.perf_counter(); r=c.execute(head + " SELECT count(*) FROM treated").fetchall(); print(f"treated {(time.perf_counter()-t0)*1000:.0f} ms {r}")
head2 = sql.split(" ranked AS")[0].rstrip().rstrip(",")
t0=time.perf_counter(); r=c.execute(head2 + " SELECT count(*) FROM treated_days").fetchall(); print(f"days {(time.perf_counter()-t0)*1000:.0f} ms {r}")
head3 = sql.split("\nSELECT")[0]
print(sql[:200])
