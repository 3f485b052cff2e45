#!/usr/bin/env bash
# Installs the Debian packages the workspace needs beyond Node:
#   chromium           headless browser for the HTML digest test
#   fonts-dejavu-core  fonts for PNG charts (Latin, Turkish, Hungarian, Arabic)
#   jupyter-*          Jupyter, to run and execute the tslab notebooks
# Safe to run again: it does nothing when everything is present.
set -euo pipefail

packages=(chromium fonts-dejavu-core jupyter-core jupyter-client python3-nbclient jupyter-nbconvert python3-ipykernel)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "system packages missing (${missing[*]}) and no sudo: run this script as root" >&2; exit 1; }
  sudo="sudo"
fi
echo "system packages: installing ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
