#!/usr/bin/env bash
# Fault run of issue 8: PostgreSQL stopped in the middle of the monthly-rush load test and started again.
#
# Needs the large-province demo running (./mvnw spring-boot:run -Dspring-boot.run.profiles=large: embedded PostgreSQL
# on port 54339, data in data-large/pg) and psql (Debian: postgresql-client; the 15 client reads a 17 server).
# Runs the Gatling simulation, stops PostgreSQL OUTAGE_AT seconds in (pg_ctl stop -m fast), starts it again OUTAGE
# seconds later with the same options, then compares what the load test was told succeeded with what the database holds:
#   - audit rows PROGRESS_SAVED / EVIDENCE_UPLOADED / PROGRESS_SUBMITTED written during the run
#     = the POSTs of those kinds answered with success (302) — nothing lost, nothing written twice;
#   - evidence files stored during the run = uploads answered with success, each with its audit row and a content whose
#     SHA-256 and size match what the row says (nothing half-written);
#   - no entry sent without its submission time, no entry with a submission time still in draft;
#   - every request failed during the outage got the 503 page (no 500).
#
#   scripts/fault-db-restart.sh                   # USERS=100 SECONDS_=120 OUTAGE_AT=50 OUTAGE=20 by default
set -euo pipefail
cd "$(dirname "$0")/.."

USERS=${USERS:-100}
RUN_SECONDS=${SECONDS_:-120}
OUTAGE_AT=${OUTAGE_AT:-50}
OUTAGE=${OUTAGE:-20}
PGDATA=${PGDATA:-data-large/pg}
PORT=${PGPORT:-54339}
BASE_URL=${BASE_URL:-http://localhost:8080}

q() { PGPASSWORD=postgres psql -X -q -h localhost -p "$PORT" -U postgres -d postgres -At -c "$1" 2>/dev/null; }

[ -f "$PGDATA/postmaster.pid" ] || { echo "PostgreSQL of $PGDATA is not running: start the large-province demo first" >&2; exit 1; }
pid=$(head -n 1 "$PGDATA/postmaster.pid")
bin=$(dirname "$(readlink -f "/proc/$pid/exe")")
# postmaster.opts holds the command line the launcher used: "/…/postgres" "-D" "…" "-p" "54339" "-c" …
opts=$(cut -d ' ' -f 2- "$PGDATA/postmaster.opts" | sed 's/"//g')

t0=$(q "select now()")
echo "Start $t0: $USERS users for $RUN_SECONDS s, PostgreSQL stopped at ${OUTAGE_AT}s for ${OUTAGE}s"
log=target/fault-db-restart-gatling.log
mkdir -p target
./mvnw -B -q -Pload gatling:test -Dusers="$USERS" -Dseconds="$RUN_SECONDS" -DbaseUrl="$BASE_URL" \
  >"$log" 2>&1 &
gatling=$!

sleep "$OUTAGE_AT"
echo "$(date +%T) stopping PostgreSQL (pg_ctl stop -m fast)"
"$bin/pg_ctl" -D "$PGDATA" stop -m fast -w >/dev/null
sleep "$OUTAGE"
echo "$(date +%T) starting PostgreSQL again"
# shellcheck disable=SC2086 # the options are separate words on purpose
"$bin/pg_ctl" -D "$PGDATA" start -w -l target/fault-db-restart-postgres.log -o "$(echo $opts | sed 's|-D [^ ]* ||')" >/dev/null
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
half_sent=$(q "select count(*) from progress_entry where (state in ('SUBMITTED','AWAITING_APPROVAL','ACCEPTED','RETURNED')
  and submitted_at is null) or (state in ('NOT_STARTED','DRAFT') and submitted_at is not null and updated_at >= '$t0')")
errors=$(grep -E "^> (status|j\.|i\.|Request timeout|.*503)" "$log" | sort | uniq -c | sort -rn | head -n 10 || true)

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
