#!/usr/bin/env bash
# Starts Rentan on Payara Micro (single node, no Hazelcast, no outbound traffic).
#
#   server-config/start.sh --micro payara-micro.jar --war rentan.war [--profile demo|production] [--port 8080]
#
# The README's run command calls this through Maven with --profile demo. For production see docs/operations.md:
# every setting is an environment variable (APP_DB_URL, APP_DB_USER, APP_DB_PASSWORD, APP_DB_DATASOURCE_CLASS,
# RENTAN_ADMIN_PASSWORD, ...). Data and logs go to $RENTAN_DATA_DIR (default ./data).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
micro=""
war=""
profile="${RENTAN_PROFILE:-production}"
port="${RENTAN_PORT:-8080}"

while [ $# -gt 0 ]; do
    case "$1" in
        --micro) micro="$2"; shift 2 ;;
        --war) war="$2"; shift 2 ;;
        --profile) profile="$2"; shift 2 ;;
        --port) port="$2"; shift 2 ;;
        *) echo "start.sh: unknown option $1" >&2; exit 2 ;;
    esac
done
[ -f "$micro" ] || { echo "start.sh: Payara Micro jar not found: '$micro' (build with: mvn package -DskipTests)" >&2; exit 2; }
[ -f "$war" ] || { echo "start.sh: WAR not found: '$war' (build with: mvn package -DskipTests)" >&2; exit 2; }
case "$profile" in demo|production) ;; *) echo "start.sh: --profile must be demo or production" >&2; exit 2 ;; esac

data="${RENTAN_DATA_DIR:-$root/data}"
mkdir -p "$data/logs"
data="$(cd "$data" && pwd)"

# Logging: console and $data/logs/rentan<N>.log (rotated, 10 x 10 MB).
sed "s#@LOGS@#$data/logs#" "$here/logging.properties" > "$data/logging.properties"

jvm_opts=(${JAVA_OPTS:--Xms256m -Xmx1g -XX:+UseParallelGC})
jvm_opts+=("-Drentan.profile=$profile" "-Drentan.data.dir=$data" "-Dfile.encoding=UTF-8")
# Database: APP_DB_* environment variables win; without them, the embedded H2 file database (a second run keeps
# the data). Payara resolves these before the WAR's own config, hence system properties rather than the WAR.
if [ -z "${APP_DB_URL:-}" ]; then
    jvm_opts+=("-Dapp.db.url=jdbc:h2:file:$data/rentan;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000")
    [ -n "${APP_DB_DATASOURCE_CLASS:-}" ] || jvm_opts+=("-Dapp.db.datasource-class=org.h2.jdbcx.JdbcDataSource")
    # Embedded H2 only, not a secret: whoever can read $data can read the data. Production: APP_DB_PASSWORD.
    [ -n "${APP_DB_USER:-}" ] || jvm_opts+=("-Dapp.db.user=rentan")
    [ -n "${APP_DB_PASSWORD:-}" ] || jvm_opts+=("-Dapp.db.password=rentan-local-h2")
fi

echo "Rentan: profile=$profile, data=$data, http://localhost:$port/"
cd "$root"
exec java "${jvm_opts[@]}" -jar "$micro" \
    --deploy "$war" \
    --contextroot / \
    --port "$port" \
    --nohazelcast \
    --disablephonehome \
    --logproperties "$data/logging.properties" \
    --postbootcommandfile "$here/post-boot-commands.asadmin"
