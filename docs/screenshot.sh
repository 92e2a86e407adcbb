#!/bin/sh
# Renders the README's HTML reports and photographs them in headless Chromium (Debian: apt-get
# install chromium): docs/images/compare.png, docs/images/counter.png. Run from anywhere:
#   sh docs/screenshot.sh
set -e
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
./negotiate compare docs/examples/offers.yaml --scenarios -o html > "$out/compare.html"
./negotiate counter hugging-face --region Paris --offer 'Me:base=€110K,equity=€200K/4y,type=private' \
    --competing 'Google:base=€148K,equity=€115K/yr' -o html > "$out/counter.html"
for page in compare counter; do
    chromium --headless=new --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$out/profile" \
        --window-size=1200,1500 --screenshot="docs/images/$page.png" "file://$out/$page.html" >/dev/null 2>&1
    echo "wrote docs/images/$page.png"
done
