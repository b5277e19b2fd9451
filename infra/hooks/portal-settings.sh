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
# takes the file into bin/swa/wwwroot, the folder deployed. It also names the API's own origin in the
# Content Security Policy of staticwebapp.config.json (connect-src), which ships with no API origin and
# never a wildcard host. The optional arguments are where to write the settings and which Static Web Apps
# configuration to change (tests); by default the portal's wwwroot. Never commit what it writes there
# (git shows the files changed; `git checkout` them after deploying from a workstation): the self-host's
# portal would sign in with Entra ID too, and tests fail on it.
set -euo pipefail

die() { echo "portal-settings: $*" >&2; exit 1; }
for name in PORTAL_AUTH_AUTHORITY PORTAL_AUTH_CLIENT_ID API_BASE_URL PORTAL_API_SCOPE; do
  [ -n "${!name:-}" ] || die "$name is not set: run azd provision first (it is an output of infra/main.bicep)"
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="${1:-$root/src/FocalPoints.Portal/wwwroot/appsettings.json}"
config="${2:-$root/src/FocalPoints.Portal/wwwroot/staticwebapp.config.json}"

# The API's origin (scheme, host, port) for connect-src: https only, a plain host name.
origin="$(printf '%s' "$API_BASE_URL" | sed -E 's#^(https://[^/?#]+).*#\1#')"
[[ "$origin" =~ ^https://[A-Za-z0-9.-]+(:[0-9]+)?$ ]] || die "API_BASE_URL is not an https URL with a plain host name: $API_BASE_URL"

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

# connect-src is 'self', Entra ID and the API's origin; a second run replaces the origin it wrote before.
sed -E -i "s#connect-src 'self' https://login\.microsoftonline\.com[^;\"]*;#connect-src 'self' https://login.microsoftonline.com $origin;#" "$config"
grep -q "connect-src 'self' https://login.microsoftonline.com $origin;" "$config" || die "no connect-src 'self' https://login.microsoftonline.com in $config"
echo "portal-settings: wrote $target (API at ${API_BASE_URL%/}/) and admitted $origin in $config"
