#!/usr/bin/env bash
# The C++ sources follow the checked-in .clang-format: lists every file clang-format would change.
#   tests/check_format.sh [SOURCE_DIR]      (fix with: clang-format -i FILE…)
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/.." && pwd)}
command -v clang-format >/dev/null || { echo "check_format: clang-format is not installed (scripts/setup installs it)" >&2; exit 1; }
cd "$root"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  mapfile -t files < <(git ls-files '*.cpp' '*.hpp')
else
  mapfile -t files < <(find core plugins tests bench examples -name '*.cpp' -o -name '*.hpp')
fi
bad=()
for f in "${files[@]}"; do
  clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if [ ${#bad[@]} -gt 0 ]; then
  printf 'not formatted with .clang-format: %s\n' "${bad[@]}" >&2
  exit 1
fi
echo "check_format: ${#files[@]} files follow .clang-format"
