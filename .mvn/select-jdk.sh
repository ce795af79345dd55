# Sourced by ./mvnw before Maven starts. Mendwell builds with Vaadin 25, whose Maven plugin needs
# Java 21 or newer, while many machines (these included) have an older `java` first on the PATH.
# When the JDK Maven would run on is older than 21, look for a newer one where JDKs usually live
# and use it, saying so in one line; when there is none, stop with one line that says what to do.
# Plain POSIX sh: mvnw runs under /bin/sh with `set -euf` (no globbing, so directories are listed
# with `ls`).

mendwell_required_java=21

# The major version of the JDK at $1 (its home), or nothing when it is not a JDK with javac.
mendwell_jdk_major() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ]; then
    _v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$1/release" | head -n 1)
  else
    _v=$("$1/bin/java" -version 2>&1 | sed -n 's/.* version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  case "$_v" in
  1.*) _v=${_v#1.} ;; # 1.8.0_402 is Java 8
  esac
  _v=${_v%%[!0-9]*}
  [ -n "$_v" ] && printf %s "$_v"
  return 0
}

# Every place a JDK home is commonly found, one a line. MVNW_JDK_SEARCH_ROOTS (colon-separated
# folders whose children are JDK homes) replaces the usual roots; the wrapper's own test uses it.
mendwell_jdk_candidates() {
  if [ -n "${MVNW_JDK_SEARCH_ROOTS-}" ]; then
    _roots=$MVNW_JDK_SEARCH_ROOTS
  else
    _roots="/usr/lib/jvm:/usr/java:/opt/java:/opt/jdk:${SDKMAN_DIR:-$HOME/.sdkman}/candidates/java:$HOME/.jdks:$HOME/.asdf/installs/java:/Library/Java/JavaVirtualMachines"
    if [ -x /usr/libexec/java_home ]; then
      /usr/libexec/java_home -v "$mendwell_required_java+" 2>/dev/null || :
    fi
  fi
  _old_ifs=$IFS
  IFS=:
  for _root in $_roots; do
    IFS=$_old_ifs
    [ -d "$_root" ] || continue
    for _name in $(ls "$_root" 2>/dev/null); do
      if [ -d "$_root/$_name/Contents/Home" ]; then
        printf '%s\n' "$_root/$_name/Contents/Home" # macOS bundle layout
      else
        printf '%s\n' "$_root/$_name"
      fi
    done
  done
  IFS=$_old_ifs
}

mendwell_select_jdk() {
  if [ -n "${JAVA_HOME-}" ]; then
    _current_home=$JAVA_HOME
    _current_label="JAVA_HOME ($JAVA_HOME)"
  else
    _java=$(command -v java 2>/dev/null || :)
    _current_home=""
    [ -n "$_java" ] && _current_home=$(dirname "$(dirname "$(readlink -f "$_java" 2>/dev/null || printf %s "$_java")")")
    _current_label="the java on the PATH"
  fi
  _current_major=""
  [ -n "$_current_home" ] && _current_major=$(mendwell_jdk_major "$_current_home")
  if [ -n "$_current_major" ] && [ "$_current_major" -ge "$mendwell_required_java" ]; then
    return 0
  fi

  _best_home=""
  _best_major=0
  for _home in $(mendwell_jdk_candidates); do
    _major=$(mendwell_jdk_major "$_home")
    if [ -n "$_major" ] && [ "$_major" -ge "$mendwell_required_java" ] && [ "$_major" -gt "$_best_major" ]; then
      _best_home=$_home
      _best_major=$_major
    fi
  done

  _found=${_current_major:+Java $_current_major}
  if [ -z "$_best_home" ]; then
    printf 'mvnw: Mendwell needs a JDK %s or newer; %s is %s and none was found in /usr/lib/jvm, SDKMAN or macOS java_home. Install one (for example: apt-get install openjdk-21-jdk-headless, or sdk install java 21-tem) or set JAVA_HOME to it.\n' \
      "$mendwell_required_java" "$_current_label" "${_found:-not a JDK}" >&2
    exit 1
  fi
  printf 'mvnw: %s is %s; using Java %s from %s (Mendwell needs %s or newer).\n' \
    "$_current_label" "${_found:-not a JDK}" "$_best_major" "$_best_home" "$mendwell_required_java" >&2
  JAVA_HOME=$_best_home
  export JAVA_HOME
}

mendwell_select_jdk
