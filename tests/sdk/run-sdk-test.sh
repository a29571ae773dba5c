#!/usr/bin/env bash
# Runs Kibo's official TypeScript SDKs against the demo tenant over HTTPS.
#   run-sdk-test.sh SDK-DIR DEMO-SERVER-COMMAND [ARGS...]
# The command (`kibo-token-inspector demo-server`) gets `--tls-dir DIR` appended
# and must print "listening on <URL>". Exit 77 (ctest SKIP) only when node or npm is missing.
set -u

sdkdir=$1
shift
runner=("$@")

if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "SKIP: node and npm are needed for the official-SDK test"
    exit 77
fi

if [ ! -d "$sdkdir/node_modules/@kibocommerce/rest-sdk" ]; then
    (cd "$sdkdir" && { npm ci --offline --no-audit --no-fund --silent || npm ci --no-audit --no-fund --silent; }) \
        || { echo "FAIL: npm ci failed"; exit 1; }
fi

work=$(mktemp -d)
demo_pid=
cleanup() {
    if [ -n "$demo_pid" ]; then
        kill "$demo_pid" 2>/dev/null
        wait "$demo_pid" 2>/dev/null
    fi
    rm -rf "$work"
}
trap cleanup EXIT

# The runner prints "listening on <URL>" once it accepts connections; read it from a pipe (no sleeps).
mkfifo "$work/out"
"${runner[@]}" --tls-dir "$work/tls" >"$work/out" 2>"$work/demo.log" &
demo_pid=$!
exec 3<"$work/out"
url=
while IFS= read -r -t 30 line <&3; do
    case $line in
        "listening on "*) url=${line#listening on }; break ;;
    esac
done
if [ -z "$url" ]; then
    echo "FAIL: the demo server did not report its URL"
    cat "$work/demo.log"
    exit 1
fi
# Keep draining the runner's output so it never blocks on a full pipe.
cat <&3 >/dev/null &
echo "demo tenant at $url"

output=$(cd "$sdkdir" && NODE_EXTRA_CA_CERTS="$work/tls/ca.pem" timeout 120 node sdk-login.js "$url")
status=$?
echo "$output"
if [ $status -ne 0 ]; then
    echo "FAIL: the SDK script exited with $status"
    exit 1
fi
if ! printf '%s' "$output" | node -e '
    let text = "";
    process.stdin.on("data", (chunk) => { text += chunk; });
    process.stdin.on("end", () => { process.exit(JSON.parse(text).ok === true ? 0 : 1); });'; then
    echo "FAIL: the SDK result is not ok"
    exit 1
fi
echo "PASS: official SDKs logged in to the demo tenant"
exit 0
