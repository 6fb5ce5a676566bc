#!/usr/bin/env bash
# Fault run of issue 8: PostgreSQL stopped in the middle of the monthly-rush load test and started again.
#
# Self-contained: builds the classes, starts the large province's PostgreSQL (data-large/pg, port 54339; create it once
# with ./mvnw spring-boot:run -Dspring-boot.run.profiles=large) as a separate server, starts the app against it as a
# server install would be (SPRING_DATASOURCE_URL), runs the Gatling simulation, stops PostgreSQL OUTAGE_AT seconds in
# (fast shutdown), starts it again OUTAGE seconds later, and then compares what the load test was told succeeded with
# what the database holds:
#   - audit rows PROGRESS_SAVED / EVIDENCE_UPLOADED / PROGRESS_SUBMITTED written during the run
#     = the POSTs of those kinds answered with success — nothing lost, nothing written twice;
#   - evidence files stored during the run = uploads answered with success, each with its audit row and a content whose
#     SHA-256 and size match what the row says (nothing half-written);
#   - no entry sent without its submission time;
#   - the requests that failed during the outage got the 503 page (no 500), and the app answers again afterwards
#     without a restart.
# Needs psql (Debian: postgresql-client; the 15 client reads a 17 server). Stop the demo app first (port 8080).
#
#   scripts/fault-db-restart.sh          # USERS=100 SECONDS_=120 OUTAGE_AT=60 OUTAGE=20 by default
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-100}
RUN_SECONDS=${SECONDS_:-120}
OUTAGE_AT=${OUTAGE_AT:-60}
OUTAGE=${OUTAGE:-20}
PGDATA=${PGDATA:-data-large/pg}
PORT=${PGPORT:-54339}
BASE_URL=${BASE_URL:-http://localhost:8080}

q() { PGPASSWORD=postgres psql -X -q -h localhost -p "$PORT" -U postgres -d postgres -At -c "$1" 2>/dev/null; }

[ -d "$PGDATA" ] || { echo "No $PGDATA: run ./mvnw spring-boot:run -Dspring-boot.run.profiles=large once first" >&2; exit 1; }
if curl -s -o /dev/null "$BASE_URL/about"; then echo "Something already answers on $BASE_URL: stop it first" >&2; exit 1; fi
mkdir -p target
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -Dmdep.includeScope=runtime

# The bundled pg_ctl refuses to run as root from a shell; the app's launcher (in a JVM of its own) starts the server.
start_postgres() {
  nohup java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" vn.chiso.config.StandalonePostgresMain \
    "$PWD/$PGDATA" "$PORT" >>target/fault-db-restart-postgres.log 2>&1 &
  echo $! >target/fault-db-restart-postgres.pid
  until q "select 1" >/dev/null; do sleep 0.2; done
}
stop_postgres() {
  local pid
  pid=$(head -n 1 "$PGDATA/postmaster.pid")
  kill -INT "$pid" # fast shutdown: sessions are ended, nothing committed is lost
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  kill "$(cat target/fault-db-restart-postgres.pid)" 2>/dev/null || true
}
app=""
cleanup() {
  [ -n "$app" ] && kill "$app" 2>/dev/null
  [ -f "$PGDATA/postmaster.pid" ] && stop_postgres
}
trap cleanup EXIT

start_postgres
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=postgres nohup java -Xmx1g -cp "target/classes:$(cat target/runtime-classpath.txt)" \
  vn.chiso.ChiSoApplication >target/fault-db-restart-app.log 2>&1 &
app=$!
until curl -s -o /dev/null "$BASE_URL/about"; do sleep 0.5; done

t0=$(q "select now()")
echo "Start $t0: $USERS users for $RUN_SECONDS s, PostgreSQL stopped at ${OUTAGE_AT}s for ${OUTAGE}s"
log=target/fault-db-restart-gatling.log
./mvnw -B -q -Pload gatling:test -Dusers="$USERS" -Dseconds="$RUN_SECONDS" -DbaseUrl="$BASE_URL" >"$log" 2>&1 &
gatling=$!
until grep -q 'Simulation .* started' "$log" 2>/dev/null; do sleep 0.5; done

sleep "$OUTAGE_AT"
echo "$(date +%T) stopping PostgreSQL (fast shutdown)"
stop_postgres
sleep "$OUTAGE"
echo "$(date +%T) starting PostgreSQL again"
start_postgres
echo "$(date +%T) PostgreSQL accepts connections"
wait "$gatling" || true
sleep 2

run=$(ls -td target/gatling/*/ | head -n 1)
table=$(scripts/gatling-table.py "$run")
echo "$table"
ok() { # successful POSTs of a request name: count minus failures, from the report table
  echo "$table" | awk -F'|' -v name="$1" '$2 ~ name { n=$3; ko=$4; gsub(/ /,"",n); gsub(/ /,"",ko); if (ko=="-") ko=0; print n-ko; exit }'
}
saved_ok=$(ok "POST entry \\(save\\) $")
files_ok=$(ok "POST entry file \\(100 KB PDF\\) $")
submitted_ok=$(ok "POST entry submit $")

audit() { q "select count(*) from audit_event where occurred_at >= '$t0' and action = '$1'"; }
saved_db=$(audit PROGRESS_SAVED)
files_audit=$(audit EVIDENCE_UPLOADED)
submitted_db=$(audit PROGRESS_SUBMITTED)
files_db=$(q "select count(*) from evidence_file where uploaded_at >= '$t0'")
files_bad=$(q "select count(*) from evidence_file where uploaded_at >= '$t0'
  and (encode(sha256(content), 'hex') <> sha256 or octet_length(content) <> size_bytes)")
files_unaudited=$(q "select count(*) from evidence_file f where uploaded_at >= '$t0' and not exists (
  select 1 from audit_event a where a.action = 'EVIDENCE_UPLOADED' and a.entity_id = f.id::text)")
half_sent=$(q "select count(*) from progress_entry where state in ('SUBMITTED', 'ACCEPTED', 'RETURNED')
  and (submitted_at is null or first_submitted_at is null)")
errors=$(awk '/---- Errors/{buf=""; f=1; next} /^=+$/{f=0} f && NF{buf=buf $0 "\n"} END{printf "%s", buf}' "$log")

echo
echo "Errors reported by Gatling (expected: only 503 during the ${OUTAGE}s outage):"
echo "${errors:-none}"
echo
printf '%-40s %8s %8s\n' "" "told OK" "in DB"
printf '%-40s %8s %8s\n' "saves (audit PROGRESS_SAVED)" "$saved_ok" "$saved_db"
printf '%-40s %8s %8s\n' "uploads (evidence_file rows)" "$files_ok" "$files_db"
printf '%-40s %8s %8s\n' "uploads (audit EVIDENCE_UPLOADED)" "$files_ok" "$files_audit"
printf '%-40s %8s %8s\n' "submissions (audit PROGRESS_SUBMITTED)" "$submitted_ok" "$submitted_db"
echo "evidence files whose content does not match their size/SHA-256: $files_bad"
echo "evidence files without their audit row: $files_unaudited"
echo "entries half-sent (state and submission time disagree): $half_sent"
status=0
[ "$saved_ok" = "$saved_db" ] && [ "$files_ok" = "$files_db" ] && [ "$files_ok" = "$files_audit" ] \
  && [ "$submitted_ok" = "$submitted_db" ] && [ "$files_bad" = 0 ] && [ "$files_unaudited" = 0 ] && [ "$half_sent" = 0 ] \
  || status=1
curl -s -o /dev/null -w "after the run: GET /about -> %{http_code}\n" "$BASE_URL/about"
[ $status = 0 ] && echo "RESULT: consistent" || echo "RESULT: MISMATCH"
exit $status
