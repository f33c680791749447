# Sourced by the Makefile's recipes: puts the project's tools first on PATH
# and keeps Trunk from looking for updates or downloading anything.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
