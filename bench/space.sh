# Sourced by the benchmarks: builds the release binary and a space of 100,000 clients
# (none with BENCH_NO_CLIENTS=1) in 50 portfolios at $URSSAF_ADMIN_DB, signed in as
# `admin` (token in a 0600 file).
set -euo pipefail

for tool in hyperfine sqlite3 python3 "$@"; do
    command -v "$tool" >/dev/null || { echo "the benchmark needs $tool (apt-get install $tool)" >&2; exit 1; }
done

cargo build --release --locked -q
bin=$PWD/target/release/urssaf-admin
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache
export URSSAF_ADMIN_DB=$work/space.db
# Benchmarks never ask the real company register: nothing listens at this address.
export URSSAF_ADMIN_REGISTER_URL=${URSSAF_ADMIN_REGISTER_URL:-http://127.0.0.1:9}
unset URSSAF_ADMIN_TOKEN URSSAF_ADMIN_API_URL

pw="benchmark password"
printf '%s\n' "$pw" | "$bin" -q init --siren 732829320 --name "Cabinet Bench" \
    --admin admin --email admin@cabinet.fr --password-stdin
printf '%s\n' "$pw" | "$bin" -q login --user admin --password-stdin --insecure-storage 2>/dev/null
for _ in $(seq 50); do "$bin" -q portfolio create --yes; done

if [ -z "${BENCH_NO_CLIENTS:-}" ]; then
# 100,000 valid SIRENs (Luhn), 2,000 per portfolio, loaded straight into the table:
# the fixture, not what is measured.
python3 - "$work/clients.csv" <<'PY'
import sys
def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)
with open(sys.argv[1], "w") as f:
    for n in range(100_000):
        body = f"{10_000_000 + n * 7:08d}"
        f.write(f"{body + luhn_digit(body)},,Client {n:06d} SARL,{n % 50 + 1},2026-01-01T00:00:00Z\n")
PY
sqlite3 "$URSSAF_ADMIN_DB" <<SQL
.mode csv
CREATE TEMP TABLE staging (siren, siret, name, portfolio, created_at);
.import $work/clients.csv staging
-- The names are ASCII: lower() is their search key (domain::name_key).
INSERT INTO clients (siren, siret, name, name_key, portfolio, created_at)
    SELECT siren, NULLIF(siret, ''), name, lower(name), CAST(portfolio AS INTEGER), created_at FROM staging;
UPDATE portfolios SET client_count = (SELECT count(*) FROM clients c WHERE c.portfolio = portfolios.number);
SQL
echo "space: $(sqlite3 "$URSSAF_ADMIN_DB" 'SELECT count(*) FROM clients') clients in $(sqlite3 "$URSSAF_ADMIN_DB" 'SELECT count(*) FROM portfolios') portfolios"
fi

# Prints hyperfine's results (JSON file $1) as median and spread.
report() {
    python3 - "$1" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    t = sorted(r["times"])
    ms = lambda s: f"{s * 1000:.2f} ms"
    name = r["command"].replace("URSSAF_ADMIN_", "")
    print(f"{name[-70:]:<70} median {ms(r['median'])}  p10 {ms(t[len(t) // 10])}  "
          f"p90 {ms(t[len(t) * 9 // 10])}  (n={len(t)})")
PY
}
