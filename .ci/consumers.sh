# Consumers the export tests load our files with (sourced by .ci/run).
# With CI=true the tests fail, rather than skip, when one is missing.
apt-get update
apt-get install -y --no-install-recommends python3-networkx raptor2-utils graphviz
