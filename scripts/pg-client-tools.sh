#!/usr/bin/env bash
# Builds the PostgreSQL 18.6 client tools (pg_dump, pg_restore, psql) from Debian's source tarball into a cache directory
# and prints their bin directory on the last line of stdout.
#
# Why: the app runs on PostgreSQL 17 and pg_dump refuses a server newer than itself, but Debian 12 ships only the
# PostgreSQL 15 client. pg_dump 18 dumps a 17 server, and pg_restore 18 restores its custom-format archives into 17.
# Needs gcc, make, perl, curl, tar with bzip2, and bison and flex: since PostgreSQL 18 the release tarball no longer
# ships the generated parsers and scanners (psql's and the shared front-end scanner). bison and flex are the one thing
# this script installs through apt, and only when they are missing and it runs as root; otherwise it says what to install.
# zlib headers (zlib1g-dev) are used when present, for compressed archives. Idempotent: a finished build is reused.
#
#   scripts/pg-client-tools.sh            # builds once (30 s to 2 min on 2 cores), then only prints the directory
#   PG_BIN=$(scripts/pg-client-tools.sh | tail -n 1)
#
# Environment: CHISO_PG_CLIENT_DIR (install directory, default ${XDG_CACHE_HOME:-$HOME/.cache}/chiso/pg-client-18.6),
# MAKE_JOBS (default 2), CHISO_DEBIAN_MIRROR (the Debian archive to download from; default: the one apt is configured
# with on this machine).
set -euo pipefail

version=18.6
sha256=555610c24d53e4316da5b7d3fc25c279d96856d5e0e23ee308c328c5fa881d9f
prefix="${CHISO_PG_CLIENT_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/chiso/pg-client-${version}}"
jobs="${MAKE_JOBS:-2}"

fail() {
  echo "pg-client-tools: $*" >&2
  exit 1
}

# The Debian archive this machine's apt is configured with (its sources: deb822 files in /etc/apt/sources.list.d/*.sources
# or one-line entries in /etc/apt/sources.list and sources.list.d/*.list): the first URI of a Debian archive that is not
# the security archive. The source tarball is fetched from that archive's pool, so the repository names no host.
# CHISO_DEBIAN_MIRROR overrides it (a base URI such as the one in "URIs:", without a trailing slash).
debian_mirror() {
  if [ -n "${CHISO_DEBIAN_MIRROR:-}" ]; then
    echo "${CHISO_DEBIAN_MIRROR%/}"
    return
  fi
  local found=""
  local f
  for f in /etc/apt/sources.list.d/*.sources; do
    [ -r "$f" ] || continue
    found=$(awk 'BEGIN{IGNORECASE=1}
      /^[ \t]*#/ {next}
      /^[ \t]*$/ {if (types ~ /deb/ && uris != "" && !done) {print uris; done=1}; types=""; uris=""; next}
      /^Types:/ {types=$0}
      /^URIs:/ {for (i = 2; i <= NF; i++) if ($i !~ /security/ && uris == "") uris=$i}
      END {if (types ~ /deb/ && uris != "" && !done) print uris}' "$f" | head -n 1)
    [ -n "$found" ] && break
  done
  if [ -z "$found" ]; then
    found=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
      | awk '$1 ~ /^deb(-src)?$/ { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z+]+:\/\//) { if ($i !~ /security/) print $i; break } }' \
      | head -n 1)
  fi
  [ -n "$found" ] || fail "no Debian archive found in this machine's apt sources (/etc/apt/sources.list*); set CHISO_DEBIAN_MIRROR"
  echo "${found%/}"
}

installed() {
  [ -x "$prefix/bin/pg_dump" ] && [ -x "$prefix/bin/pg_restore" ] \
    && "$prefix/bin/pg_dump" --version 2>/dev/null | grep -q " ${version}\$" \
    && "$prefix/bin/pg_restore" --version 2>/dev/null | grep -q " ${version}\$"
}

if installed; then
  echo "pg-client-tools: PostgreSQL ${version} client tools already built in $prefix" >&2
  echo "$prefix/bin"
  exit 0
fi

missing=()
for tool in bison flex; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "pg-client-tools: installing ${missing[*]} through apt (PostgreSQL 18 sources need them)" >&2
    export DEBIAN_FRONTEND=noninteractive
    { apt-get update -q && apt-get install -y -q "${missing[@]}"; } >&2 || fail "could not install ${missing[*]} through apt"
  else
    fail "building PostgreSQL 18 needs ${missing[*]}: install them first (Debian: apt-get install ${missing[*]})"
  fi
fi

for tool in curl tar bzip2 sha256sum gcc make perl bison flex; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is required to build the PostgreSQL client tools, but it is not installed"
done

started=$(date +%s)
work="$(dirname "$prefix")/.build-pg-client-${version}.$$"
rm -rf "$work"
mkdir -p "$work"
trap 'rm -rf "$work"' EXIT

# Debian deletes a superseded source from its pool when unstable moves to the next 18.x: then take the current
# postgresql-18 source named by unstable's index, trusting it through the archive's signature (as apt does).
current_from_signed_index() {
  local base="$mirror/dists/sid"
  command -v gpgv >/dev/null 2>&1 && command -v xz >/dev/null 2>&1 || fail "gpgv and xz are needed to find the current source"
  curl -fsSL --retry 3 -o "$work/InRelease" "$base/InRelease" || fail "could not download $base/InRelease"
  gpgv --keyring /usr/share/keyrings/debian-archive-keyring.gpg "$work/InRelease" >/dev/null 2>&1 \
    || fail "the signature of $base/InRelease does not verify against the Debian archive keyring"
  local listed
  listed=$(awk '/^SHA256:/{f=1;next} /^[^ ]/{f=0} f && $3=="main/source/Sources.xz"{print $1}' "$work/InRelease")
  curl -fsSL --retry 3 -o "$work/Sources.xz" "$base/main/source/Sources.xz" || fail "could not download the source index"
  [ "$(sha256sum "$work/Sources.xz" | cut -d ' ' -f 1)" = "$listed" ] || fail "the source index does not match its signed checksum"
  local line
  line=$(xz -dc "$work/Sources.xz" | awk 'BEGIN{RS=""} /(^|\n)Package: postgresql-18\n/' \
    | awk '/^Checksums-Sha256:/{f=1;next} /^[^ ]/{f=0} f && $3 ~ /orig\.tar\.bz2$/{print $1, $3}' | head -n 1)
  [ -n "$line" ] || fail "postgresql-18 is not in Debian unstable's source index"
  sha256=${line%% *}
  local file=${line#* }
  version=${file#postgresql-18_}
  version=${version%.orig.tar.bz2}
  url="$mirror/pool/main/p/postgresql-18/$file"
  prefix="$(dirname "$prefix")/pg-client-${version}"
  if installed; then
    echo "pg-client-tools: PostgreSQL ${version} client tools already built in $prefix" >&2
    echo "$prefix/bin"
    exit 0
  fi
}

mirror=$(debian_mirror)
url="$mirror/pool/main/p/postgresql-18/postgresql-18_${version}.orig.tar.bz2"
tarball="$work/postgresql.tar.bz2"
echo "pg-client-tools: downloading $url" >&2
if ! curl -fsSL --retry 3 -o "$tarball" "$url"; then
  echo "pg-client-tools: $url is gone from Debian's pool; looking up the current postgresql-18 source" >&2
  current_from_signed_index
  echo "pg-client-tools: downloading $url" >&2
  curl -fsSL --retry 3 -o "$tarball" "$url" || fail "could not download $url"
fi
actual=$(sha256sum "$tarball" | cut -d ' ' -f 1)
[ "$actual" = "$sha256" ] || fail "checksum mismatch for $url: expected $sha256, got $actual"

tar -xjf "$tarball" -C "$work"
src="$work/postgresql-${version}"
[ -f "$src/configure" ] || fail "unexpected tarball layout: $src/configure is missing"

zlib=--with-zlib
if ! echo '#include <zlib.h>' | gcc -E - >/dev/null 2>&1; then
  echo "pg-client-tools: zlib headers not found (Debian: zlib1g-dev); building without compressed archive support" >&2
  zlib=--without-zlib
fi

log="$work/build.log"
echo "pg-client-tools: building into $prefix (log: $log while it runs)" >&2
(
  # Only the client side: libpq, the shared front-end code and the three programs (make pulls in what they link).
  # Chained with && because set -e does not apply inside a subshell tested with ||.
  cd "$src" \
    && ./configure --prefix="$prefix" --without-icu --without-readline "$zlib" \
    && make -j"$jobs" -C src/interfaces/libpq install \
    && make -j"$jobs" -C src/bin/pg_dump install \
    && make -j"$jobs" -C src/bin/psql install
) >"$log" 2>&1 || { tail -n 40 "$log" >&2; fail "build failed (last lines above)"; }

installed || fail "the build finished but $prefix/bin/pg_dump does not report version ${version}"
echo "pg-client-tools: built in $(( $(date +%s) - started )) s: $("$prefix/bin/pg_dump" --version)" >&2
echo "$prefix/bin"
