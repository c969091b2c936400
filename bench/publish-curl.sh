#!/usr/bin/env bash
# The reference for bench/publish.sh: the requests `marketplace-release publish` makes for the bundled example
# (resolve → reconcile → upload → wait → create version → listing, created PUBLIC → verify), made by curl from a
# plain shell script. It is the least a script could do: one curl per request, values taken out of the answers
# with bash's own regex matching (no jq, no python), bodies written out in full rather than merged from the
# previous listing, no error explanations and no retries. Exits non-zero at the first unexpected status.
# Usage: bench/publish-curl.sh WORKSPACE   (MARKETPLACE_BASE_URL, MARKETPLACE_USER, MARKETPLACE_API_TOKEN set)
set -euo pipefail
ws=$1
api=$MARKETPLACE_BASE_URL/rest/3
auth=(-u "$MARKETPLACE_USER:$MARKETPLACE_API_TOKEN")
build=100400000

# call EXPECTED_STATUS CURL_ARGS...: the body in $body; any other status ends the script.
call() {
  local expected=$1 answer
  shift
  answer=$(curl -sS "${auth[@]}" -H 'Accept: application/json' -w '\n%{http_code}' "$@")
  body=${answer%$'\n'*}
  local status=${answer##*$'\n'}
  [ "$status" = "$expected" ] || { echo "publish-curl: $* -> $status (expected $expected): $body" >&2; exit 1; }
}
take() { [[ $body =~ $1 ]] || { echo "publish-curl: no match for $1 in $body" >&2; exit 1; }; value=${BASH_REMATCH[1]}; }
json=(-H 'Content-Type: application/json')

# resolve
call 200 "$api/app-software/app-key/com.example.timesheets?hosting=datacenter"
take '"appSoftwareId":"([^"]+)"'; app=$value
call 200 "$api/parent-software/jira/versions/number/9.12.0"; take '"buildNumber":([0-9]+)'; min=$value
call 200 "$api/parent-software/jira/versions/number/10.3.3"; take '"buildNumber":([0-9]+)'; max=$value
# reconcile: the version does not exist yet (nor its listing); the previous version's listing is what
# `inherit: previous` reads
call 404 "$api/app-software/$app/versions/$build"
call 404 "$api/app-software/$app/versions/$build/listing"
call 200 "$api/app-software/$app/versions?limit=50"
call 200 "$api/app-software/$app/versions/100300000/listing"
# upload the artifact and the screenshot
call 200 -F "file=@$(echo "$ws"/target/*.jar)" "$api/artifacts"; take '"/rest/3/artifacts/([^"/]+)"'; artifact=$value
call 200 -F "file=@$ws/docs/screens/board.png;type=image/png" "$api/assets/images/screenshot"; take '"id":"([^"]+)"'; image=$value
# wait for processing (the zero-latency sandbox has it processed at once)
call 200 "$api/artifacts/$artifact"
# create the version, read it back
call 201 "${json[@]}" -X POST "$api/app-software/$app/versions" --data-binary @- <<JSON
{"buildNumber":$build,"versionNumber":"1.4.0","compatibilities":[{"parentSoftwareId":"jira","minBuildNumber":$min,"maxBuildNumber":$max}],
 "supportedPaymentModel":"paid-via-atlassian","frameworkDetails":{"frameworkId":"plugin","attributes":{"artifactId":"$artifact","pluginFrameworkType":"P2"}},
 "licenseType":{"id":"commercial"},"changelog":{"releaseSummary":"Faster exports","releaseNotes":"Export is now 3x faster.\n"},
 "supported":true,"beta":false,"acceptedAgreements":[{"agreementUrl":"https://www.atlassian.com/licensing/marketplace/partneragreement"}]}
JSON
call 200 "$api/app-software/$app/versions/$build"
# the listing, created PUBLIC: everything it shows exists by now (the publish step has nothing left to do)
call 201 "${json[@]}" -X POST "$api/app-software/$app/versions/$build/listing" --data-binary @- <<JSON
{"moreDetails":"Timesheets for Jira teams.","screenshots":[{"imageId":"$image","caption":"Board view"}],
 "developerLinks":{"documentation":"https://example.com/timesheets/docs"},"state":"PUBLIC"}
JSON
# verify
call 200 "$api/app-software/$app/versions/$build"
call 200 "$api/app-software/$app/versions/$build/listing"
[[ $body == *'"state":"PUBLIC"'* ]] || { echo "publish-curl: the listing is not PUBLIC: $body" >&2; exit 1; }
