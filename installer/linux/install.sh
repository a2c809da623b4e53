#!/bin/sh
# Put Duebook in this user's menu: no administrator rights, nothing outside the home folder.
#   ./install.sh            (from the unpacked folder; the program stays where it was unpacked)
#   ./install.sh --remove   (removes the menu entry, icons and links; company files and backups stay)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
id=org.duebook.Duebook
if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$id.desktop" "$data/mime/packages/$id.xml" "$data/metainfo/$id.metainfo.xml" \
        "$bin/duebook" "$bin/duebook-gui"
  for png in "$here"/share/icons/duebook-*.png; do
    size=$(basename "$png" .png | sed 's/duebook-//')
    rm -f "$data/icons/hicolor/${size}x${size}/apps/$id.png"
  done
  command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
  command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" 2>/dev/null || true
  echo "Duebook's menu entry is removed. Company files, backups and settings are kept."
  exit 0
fi
mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo" "$bin"
sed "s|^Exec=duebook-gui|Exec=\"$here/duebook-gui\"|; s|^TryExec=duebook-gui|TryExec=$here/duebook-gui|" \
  "$here/share/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/share/$id.mime.xml" "$data/mime/packages/$id.xml"
cp "$here/share/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
for png in "$here"/share/icons/duebook-*.png; do
  size=$(basename "$png" .png | sed 's/duebook-//')
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
ln -sf "$here/duebook" "$bin/duebook"
ln -sf "$here/duebook-gui" "$bin/duebook-gui"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Duebook is in your menu (Office). The command line: $bin/duebook"
