# Installs Debian's chromium and fonts with Arabic coverage for the
# browser tests of graph/web (chromedp). Source it from .ci/run as root:
#   . .ci/chromium.sh
# The tests find chromium on PATH; with CI=true a missing browser fails
# them instead of skipping.
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium
# Noto Sans Arabic / Naskh Arabic for shaped Arabic labels; the package
# name differs between releases, so take the first one available.
apt-get install -y --no-install-recommends fonts-noto-core ||
	apt-get install -y --no-install-recommends fonts-noto ||
	echo "chromium.sh: no Noto fonts package; Arabic may render with a fallback font" >&2
chromium --version
