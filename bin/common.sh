# Shared by the bin/ launchers: locate the project, build it when the build is missing or stale.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIB="$ROOT/server/target/lib"
STAMP="$ROOT/server/target/.build-stamp"

ensure_built() {
  local stale=""
  if [ ! -f "$STAMP" ] || [ ! -d "$LIB" ]; then
    stale="missing"
  elif [ -n "$(find "$ROOT/pom.xml" "$ROOT"/lang-zh "$ROOT"/marytts-voice-clone "$ROOT"/installer "$ROOT"/server \
        \( -path '*/target' -o -path '*/src/test' \) -prune -o -type f \( -path '*/src/main/*' -o -name 'pom.xml' \) \
        -newer "$STAMP" -print -quit 2>/dev/null)" ]; then
    stale="out of date"
  fi
  if [ -n "$stale" ]; then
    echo "build $stale: running mvn package (once)..." >&2
    (cd "$ROOT" && mvn -B -q -DskipTests package >&2) || { echo "build failed" >&2; exit 1; }
    touch "$STAMP"
  fi
}

classpath() {
  echo "$ROOT/server/target/classes:$LIB/*"
}
