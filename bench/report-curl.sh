#!/usr/bin/env bash
# The reference of bench/report.sh: the data requests `report --weeks 52` makes, one curl each, bodies kept in
# memory like the CLI keeps them: the partner-metrics query of 52 weeks (4 pages of 14 weeks) and the feedback
# of the same weeks (all pages of 50, following _links.next). Usage: report-curl.sh BASE_URL DEVELOPER_ID APP_KEY PRODUCT_ID FROM TO
set -euo pipefail
base=$1 developer=$2 app=$3 product=$4 from=$5 to=$6
auth="$MARKETPLACE_USER:$MARKETPLACE_API_TOKEN"
body=$(printf '{"attributes":[{"name":"APP_KEY"},{"name":"PARENT_SOFTWARE"},{"name":"PARENT_SOFTWARE_VERSION"}],"metrics":{"metricFields":[{"name":"INSTALL_COUNT"}]},"dateRange":{"startDate":"%s","endDate":"%s"},"granularity":"WEEK","attributeFilter":{"expr":{"andGroup":[{"filter":{"fieldName":"APP_KEY","oneFilter":{"stringFilter":{"matchType":"EXACT","value":"%s"}}}}]}}}' "$from" "$to" "$app")
records=0
for offset in 0 14 28 42; do
  page=$(curl -sf -u "$auth" -H 'Content-Type: application/json' -d "$body" "$base/rest/3/partner-metrics/developer-space/$developer?limit=14&offset=$offset")
  [[ $page =~ \"records\" ]] || { echo "no records" >&2; exit 1; }
  records=$((records + 1))
done
next="/rest/3/reporting/developer-space/$developer/feedback/details?productId=$product&type=uninstall&type=disable&startDate=$from&offset=0&limit=50"
pages=0
while [ -n "$next" ]; do
  page=$(curl -sf -u "$auth" "$base$next")
  pages=$((pages + 1))
  if [[ $page =~ \"next\":\{\"href\":\"([^\"]+)\" ]]; then next=${BASH_REMATCH[1]}; else next=; fi
done
echo "$records metric pages, $pages feedback pages"
