# Shared set-up for scripts/run and scripts/test: system packages, then .venv with the project installed.
# Sourced, not run: sets REPO and PY for the caller.

set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO"

# What the station needs from Debian: pyzbar's libzbar, Qt's xcb/EGL/xkbcommon window libraries, fonts with
# Hebrew and Cyrillic. The test command adds Xvfb (real windows for screenshots), poppler (PDF checks) and
# chromium with its driver (the web view's tests in a real browser).
RUN_PACKAGES=(libzbar0 libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxcb-image0 libxcb-render-util0
  libxcb-xkb1 libxcb-shape0 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
TEST_PACKAGES=(xvfb xauth poppler-utils chromium chromium-driver)

ensure_system_packages() {
  local missing=()
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Missing system packages. Install them with: sudo apt-get install -y ${missing[*]}" >&2
    return 1
  fi
}

ensure_venv() {
  local extras="$1"
  local python="${PYTHON:-python3}"
  if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "The station needs Python 3.11 or newer; '$python' is older. Set PYTHON=/path/to/python3.11." >&2
    return 1
  fi
  if [ ! -x .venv/bin/python ]; then
    echo "Creating .venv"
    "$python" -m venv .venv
  fi
  # Reinstall only when pyproject.toml changed, so a second start is quick.
  local stamp=".venv/.installed-$(sha256sum pyproject.toml | cut -c1-16)-${extras:-base}"
  if [ ! -f "$stamp" ]; then
    echo "Installing the station into .venv (first time takes a minute)"
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null
    .venv/bin/python -m pip install -q -e ".${extras:+[$extras]}"
    rm -f .venv/.installed-*
    touch "$stamp"
  fi
  PY="$REPO/.venv/bin/python"
}
