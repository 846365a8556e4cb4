#!/bin/sh
# Adds Forum Kit to your desktop's applications menu, pointing at this folder; run it again
# after moving the folder. "add-to-menu.sh --remove" takes the entry and its icons out again.
# Nothing else is changed: the entry and the icons go into your own ~/.local/share.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
entry="$data/applications/forum-kit.desktop"
sizes="16 24 32 48 64 128 256 512"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$entry"
  for n in $sizes; do rm -f "$data/icons/hicolor/${n}x${n}/apps/forum-kit.png"; done
  echo "Forum Kit was taken out of the applications menu (the program folder and your vaults are untouched)."
  exit 0
fi

if [ ! -x "$here/forum-kit" ]; then
  echo "add-to-menu.sh: run me from inside the Forum Kit folder (forum-kit is missing here)." >&2
  exit 1
fi
mkdir -p "$data/applications"
for n in $sizes; do
  if [ -f "$here/icons/forum-kit-$n.png" ]; then
    mkdir -p "$data/icons/hicolor/${n}x${n}/apps"
    cp "$here/icons/forum-kit-$n.png" "$data/icons/hicolor/${n}x${n}/apps/forum-kit.png"
  fi
done
# Exec takes the program's full path in double quotes; characters that the desktop entry format
# would need escaped twice over are refused rather than risked
case "$here" in
  *'"'* | *'`'* | *'$'* | *'\'* | *'%'* | *'|'*)
    echo "add-to-menu.sh: move this folder to a path without \" \` \$ \\ % or | in it." >&2
    exit 1 ;;
esac
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec="%s/forum-kit"\n' "$here" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$here/forum-kit.desktop" > "$entry.tmp"
mv "$entry.tmp" "$entry"
chmod 0644 "$entry"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data/applications" 2>/dev/null || true
fi
echo "Forum Kit is in your applications menu now (entry: $entry)."
