#!/usr/bin/env bash
# Installs the Debian packages given after WHO that are missing: with apt-get when run as root,
# else it names them and the command that installs them, and fails. Shared by setup.sh (WHO:
# "ConvDesigner") and fuzz.sh ("Fuzzing").
# Usage: scripts/ensure_packages.sh WHO PACKAGE...
set -euo pipefail
who=$1
shift
missing=()
for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done
((${#missing[@]} == 0)) && exit 0
if [ "$(id -u)" -eq 0 ]; then
    echo "Installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
else
    echo "$who needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get install ${missing[*]}" >&2
    exit 1
fi
