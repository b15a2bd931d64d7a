# Sourced by the end-to-end tests: $1 the mosulkg binary, $2 the source tree, $3 a scratch folder.
set -u
bin="$1"; src="$2"; work="$3"
shared="$src/../shared"
rm -rf "$work" && mkdir -p "$work"
fail() { echo "FAIL: $*"; exit 1; }
need_shared() {
  if [ ! -f "$shared/eval/score_graph.py" ]; then
    echo "SKIP: $shared/eval is not beside the project (the scorers and the gold live there)"
    exit 77
  fi
}
# check NAME VALUE OP LIMIT: fails when VALUE OP LIMIT does not hold
check() {
  python3 -c "import sys; v=float('$2'); sys.exit(0 if v $3 float('$4') else 1)" \
    || fail "$1 = $2, expected $3 $4"
  echo "ok: $1 = $2 ($3 $4)"
}
