#!/bin/sh
# Prints the oldest glibc a binary runs on: the highest GLIBC_ version among the
# versions it needs from the C library (its dynamic symbols' versions, and version
# needs with no symbol such as GLIBC_ABI_DT_RELR, which glibc 2.36 introduced for
# packed relative relocations). With -v, also each symbol that needs that version.
# Needs readelf and objdump (binutils).
set -eu
verbose=
if [ "${1:-}" = -v ]; then verbose=1; shift; fi
binary=${1:?usage: glibc-floor.sh [-v] BINARY}
needs=$(readelf --version-info --wide "$binary" | grep -o 'Name: GLIBC_[A-Z_]*[0-9][0-9.]*' | sed 's/Name: //' | sort -u)
floor=$(printf '%s\n' "$needs" | sed -n 's/^GLIBC_\([0-9][0-9.]*\)$/\1/p' | sort -t. -k1,1n -k2,2n -k3,3n | tail -n 1)
# GLIBC_ABI_DT_RELR only exists from 2.36 on.
if printf '%s\n' "$needs" | grep -qx 'GLIBC_ABI_DT_RELR'; then
    floor=$(printf '%s\n2.36\n' "$floor" | sort -t. -k1,1n -k2,2n | tail -n 1)
fi
echo "$floor"
if [ -n "$verbose" ]; then
    printf 'version needs: %s\n' "$(printf '%s\n' "$needs" | tr '\n' ' ')"
    objdump -T "$binary" | grep -F "GLIBC_$floor" | awk '{print "needs GLIBC_'"$floor"': " $NF}' | sort -u
fi
