# Sourced by ./mvnw (POSIX sh). Wecruit needs a JDK 21+; many machines default to an older one.
# Keeps JAVA_HOME when it already points at a JDK 21+, otherwise looks for the newest JDK 21+
# in the usual install locations and exports it. Fails with a clear message when there is none.

wecruit_required_jdk=21

# Prints the feature version (17, 21, 25...) of the JDK at $1, or nothing.
wecruit_jdk_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  "$1/bin/java" -XshowSettings:properties -version 2>&1 |
    sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

wecruit_current_home="${JAVA_HOME-}"
if [ -z "$wecruit_current_home" ] && command -v java >/dev/null 2>&1; then
  wecruit_java="$(command -v java)"
  wecruit_java="$(readlink -f "$wecruit_java" 2>/dev/null || printf %s "$wecruit_java")"
  wecruit_current_home="$(dirname "$(dirname "$wecruit_java")")"
fi
wecruit_current_version=""
[ -z "$wecruit_current_home" ] || wecruit_current_version="$(wecruit_jdk_version "$wecruit_current_home")"

if [ -z "$wecruit_current_version" ] || [ "$wecruit_current_version" -lt "$wecruit_required_jdk" ]; then
  wecruit_best_home=""
  wecruit_best_version=0
  set +f # mvnw runs with globbing off
  for wecruit_candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "${HOME-}"/.sdkman/candidates/java/* \
    /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$wecruit_candidate" ] || continue
    wecruit_v="$(wecruit_jdk_version "$wecruit_candidate")"
    [ -n "$wecruit_v" ] || continue
    if [ "$wecruit_v" -ge "$wecruit_required_jdk" ] && [ "$wecruit_v" -gt "$wecruit_best_version" ]; then
      wecruit_best_home="$wecruit_candidate"
      wecruit_best_version="$wecruit_v"
    fi
  done
  set -f
  if [ -z "$wecruit_best_home" ]; then
    echo "mvnw: Wecruit needs a JDK ${wecruit_required_jdk} or newer, but found ${wecruit_current_version:+Java $wecruit_current_version at }${wecruit_current_home:-no JDK}." >&2
    echo "mvnw: Install a JDK ${wecruit_required_jdk}+ (for example Temurin 21 or 25) and set JAVA_HOME to it." >&2
    exit 1
  fi
  echo "mvnw: ${wecruit_current_version:+Java $wecruit_current_version is too old for Wecruit (needs ${wecruit_required_jdk}+); }using Java $wecruit_best_version at $wecruit_best_home" >&2
  JAVA_HOME="$wecruit_best_home"
  export JAVA_HOME
fi
