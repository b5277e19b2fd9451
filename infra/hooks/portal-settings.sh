#!/usr/bin/env bash
# Writes the portal's wwwroot/appsettings.json, which Blazor reads at start, from the azd environment:
# with it the deployed portal signs in with Entra ID itself (OpenID Connect, authorization code with
# PKCE) and calls the Functions app on its own origin with a bearer token (infra/README.md, "The
# portal and the API"). Nothing in it is secret. The repository ships the file empty ({}), so the
# self-host and the tests keep the portal's own origin and /.auth.
#
# azd runs it as the web service's prebuild hook, after provisioning has set the values below
# (outputs of infra/main.bicep; azure.yaml's `up` workflow provisions before it deploys). The build
# that follows is the SWA CLI's `dotnet publish` (src/FocalPoints.Portal/swa-cli.config.json), which
# takes the file into bin/swa/wwwroot, the folder deployed. The optional argument is where to write
# (tests); by default the portal's wwwroot. Never commit what it writes there (git shows
# the file changed; `git checkout` it after deploying from a workstation): the self-host's portal would
# sign in with Entra ID too, and a test fails on it.
set -euo pipefail

die() { echo "portal-settings: $*" >&2; exit 1; }
for name in PORTAL_AUTH_AUTHORITY PORTAL_AUTH_CLIENT_ID API_BASE_URL PORTAL_API_SCOPE; do
  [ -n "${!name:-}" ] || die "$name is not set: run azd provision first (it is an output of infra/main.bicep)"
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="${1:-$root/src/FocalPoints.Portal/wwwroot/appsettings.json}"

# The Bicep output is the tenant's authority; OpenID Connect discovery needs Entra ID's v2.0 endpoint.
authority="${PORTAL_AUTH_AUTHORITY%/}"
case "$authority" in */v2.0) ;; *) authority="$authority/v2.0" ;; esac

cat >"$target" <<JSON
{
  "AzureAd": {
    "Authority": "$authority",
    "ClientId": "$PORTAL_AUTH_CLIENT_ID"
  },
  "Api": {
    "BaseUrl": "${API_BASE_URL%/}/",
    "Scope": "$PORTAL_API_SCOPE"
  }
}
JSON
echo "portal-settings: wrote $target (API at ${API_BASE_URL%/}/)"
