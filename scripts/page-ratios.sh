#!/usr/bin/env bash
# Requests/s of the main pages, each as a share of the bare reference page /about, measured in ONE run with wrk
# (apt-get install wrk): 2 threads, 8 connections, each account signed in once. Each page is warmed up (WARMUP, 5 s),
# then measured in ROUNDS (3) slices of SLICE (5 s), each right after a slice of /about of the same length: the share
# of a slice is the page's requests/s over those of the /about slice just before it, and the median of the rounds is
# printed with their range. A machine whose speed changes from one minute to the next (a shared VM) then moves both
# sides of each share alike. Also prints the SQL statements one request of each page sends, when the app runs with
# --app.sql-statements.header=true (the X-Sql-Statements response header; otherwise "-").
#
# Start the large province first (docs/BENCHMARKS.md, "Page throughput"), e.g.:
#   ./mvnw spring-boot:run -Dspring-boot.run.profiles=large -Dspring-boot.run.arguments=--app.sql-statements.header=true
#   scripts/page-ratios.sh [BASE_URL]            # default http://localhost:8080
# Environment: ROUNDS=3 SLICE=5s WARMUP=5s THREADS=2 CONNECTIONS=8; EXTRA="/path account ..." adds pages (pairs).
set -u
b=${1:-http://localhost:8080}
ROUNDS=${ROUNDS:-3}
SLICE=${SLICE:-5s}
WARMUP=${WARMUP:-5s}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-8}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 1; }
command -v python3 >/dev/null || { echo "python3 is needed to sign in"; exit 1; }

login() {
  python3 - "$b" "$1" <<'PY'
import re, sys, urllib.request, urllib.parse, http.cookiejar
base, user = sys.argv[1], sys.argv[2]
jar = http.cookiejar.CookieJar()
class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
op = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
t = op.open(base + '/login').read().decode()
m = re.search(r'name="_csrf"\s+value="([^"]+)"', t) or re.search(r'value="([^"]+)"\s+name="_csrf"', t)
data = urllib.parse.urlencode({'username': user, 'password': 'ChiSo@2024', '_csrf': m.group(1)}).encode()
try: op.open(base + '/login', data)
except urllib.error.HTTPError: pass
print('; '.join('%s=%s' % (c.name, c.value) for c in jar))
PY
}

declare -A cookie
for account in lanhdao snv.thamdinh so01.canbo; do
  cookie[$account]=$(login $account)
  [ -n "${cookie[$account]}" ] || { echo "cannot sign in as $account at $b"; exit 1; }
done

# the review screen of the latest round (the first link of the rounds list)
round=$(curl -s -H "Cookie: ${cookie[snv.thamdinh]}" "$b/progress/rounds" | grep -o 'href="/progress/rounds/[0-9]*"' | head -1 \
  | grep -o '[0-9]*')
[ -n "$round" ] || { echo "no reporting round found at $b/progress/rounds"; exit 1; }

# the period screen of the department's first open period (the first period link of its inbox)
period=$(curl -s -H "Cookie: ${cookie[so01.canbo]}" "$b/progress" | grep -o 'href="/progress/periods/[0-9]*"' | head -1 \
  | grep -o '[0-9]*')
[ -n "$period" ] || { echo "no open period found in $b/progress for so01.canbo"; exit 1; }

# name | path | account
pages=(
  "/about (reference)|/about|lanhdao"
  "leadership dashboard /|/|lanhdao"
  "Sở Nội vụ dashboard /|/|snv.thamdinh"
  "department inbox /progress|/progress|so01.canbo"
  "review screen /progress/rounds/$round|/progress/rounds/$round|snv.thamdinh"
  "period screen /progress/periods/$period|/progress/periods/$period|so01.canbo"
)
extra=(${EXTRA:-})
for ((i = 0; i + 1 < ${#extra[@]}; i += 2)); do
  a=${extra[i+1]}
  [ -n "${cookie[$a]:-}" ] || cookie[$a]=$(login "$a")
  pages+=("${extra[i]}|${extra[i]}|$a")
done

rps() { wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" -H "Cookie: $1" "$b$2" \
  | awk '/Requests\/sec/{r=$2} /Non-2xx/{e=$5} END{printf "%s %s", r, (e==""?0:e)}'; }
statements() { curl -s -o /dev/null -D - -H "X-Sql-Statements: count" -H "Cookie: $1" "$b$2" | tr -d '\r' \
  | awk 'tolower($1)=="x-sql-statements:"{s=$2} END{print (s==""?"-":s)}'; }

echo "page-ratios: $b, wrk -t$THREADS -c$CONNECTIONS, $WARMUP warm-up, then $ROUNDS slices of $SLICE per page, each after" \
  "a slice of /about, $(date -u '+%d/%m/%Y %H:%M UTC'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
median() { tr ' ' '\n' | grep . | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
printf '%10s %8s %15s %11s %7s  %s\n' 'req/s' ratio 'ratio range' statements errors page
IFS='|' read -r _ about_path about_account <<<"${pages[0]}"
about_cookie=${cookie[$about_account]}
rps "$about_cookie" "$about_path" "$WARMUP" >/dev/null
for p in "${pages[@]}"; do
  IFS='|' read -r name path account <<<"$p"
  c=${cookie[$account]}
  rps "$c" "$path" "$WARMUP" >/dev/null
  n=$(statements "$c" "$path") # after the warm-up: what a view costs when nothing has changed
  rates=""; shares=""; errors=0
  for ((k = 0; k < ROUNDS; k++)); do
    read -r a _ < <(rps "$about_cookie" "$about_path" "$SLICE")
    read -r r e < <(rps "$c" "$path" "$SLICE")
    rates="$rates $r"; errors=$((errors + e))
    shares="$shares $(awk -v r="$r" -v a="$a" 'BEGIN{print (a > 0 ? 100*r/a : 0)}')"
  done
  range=$(echo "$shares" | tr ' ' '\n' | grep . | sort -g | awk 'NR==1{lo=$1} {hi=$1} END{printf "%.0f–%.0f %%", lo, hi}')
  printf '%10.1f %7.1f%% %15s %11s %7s  %s\n' "$(echo "$rates" | median)" "$(echo "$shares" | median)" "$range" "$n" \
    "$errors" "$name"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
