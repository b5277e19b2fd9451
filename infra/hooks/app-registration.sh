#!/usr/bin/env bash
# Creates or updates the Entra app registration FocalPoints signs people in with, and tells azd its
# ids (AZURE_AUTH_CLIENT_ID, AZURE_AUTH_TENANT_ID), which infra/main.parameters.json hands to Bicep.
#
# azd runs it before `azd provision` (preprovision) and again after it (postprovision), from the
# repository root, with the azd environment's values in the environment. It is idempotent: a second
# run finds the registration by AZURE_AUTH_CLIENT_ID (or by its display name) and changes nothing
# that is already right. What it sets:
#   - app roles Coordinator, FocalPoint and PeerReviewer (for users; existing role ids are kept,
#     since Entra refuses to change the id of an enabled role);
#   - the Application ID URI api://<client id>, v2 access tokens, and one delegated scope
#     user_impersonation, which the portal asks for when it calls the Functions app;
#   - after provisioning (PORTAL_URL known): the portal's sign-in and sign-out redirect URIs as a
#     single-page application (authorization code with PKCE; no secret);
#   - a service principal (the enterprise application) with "assignment required" on, so only
#     people assigned one of the roles get a token at all.
# It creates no secret and no certificate: App Service authentication only validates tokens.
#
# Needs: bash, the Azure CLI signed in to the tenant (`az login`; in GitHub Actions, azure/login),
# as someone who may register applications (in CI: a service principal with the Graph application
# permission Application.ReadWrite.OwnedBy, which makes it the owner of what it creates; for a
# registration someone else created it must be an owner of both the app registration and its
# service principal, or `az ad sp update` below fails the run: infra/README.md).
set -euo pipefail

die() { echo "app-registration: $*" >&2; exit 1; }
command -v az >/dev/null || die "the Azure CLI (az) is needed: https://aka.ms/azure-cli"
command -v azd >/dev/null || die "azd is needed (this script runs as an azd hook)"
az account show --only-show-errors >/dev/null 2>&1 || die "sign the Azure CLI in first: az login --tenant <tenant id>"

env_name="${AZURE_ENV_NAME:?AZURE_ENV_NAME is not set: run this through azd (azd provision / azd up)}"
display_name="FocalPoints (${env_name})"
tenant_id="$(az account show --query tenantId -o tsv)"

new_uuid() {
  if command -v uuidgen >/dev/null; then uuidgen | tr '[:upper:]' '[:lower:]'; else cat /proc/sys/kernel/random/uuid; fi
}

# Find the registration: by the client id azd remembers, else by display name, else create it.
app_id="${AZURE_AUTH_CLIENT_ID:-}"
if [ -n "$app_id" ] && ! az ad app show --id "$app_id" --only-show-errors >/dev/null 2>&1; then
  echo "app-registration: AZURE_AUTH_CLIENT_ID=$app_id is not in tenant $tenant_id; looking it up by name" >&2
  app_id=""
fi
if [ -z "$app_id" ]; then
  app_id="$(az ad app list --display-name "$display_name" --query '[0].appId' -o tsv --only-show-errors)"
fi
if [ -z "$app_id" ]; then
  echo "app-registration: creating \"$display_name\""
  app_id="$(az ad app create --display-name "$display_name" --sign-in-audience AzureADMyOrg --query appId -o tsv --only-show-errors)"
fi
object_id="$(az ad app show --id "$app_id" --query id -o tsv --only-show-errors)"

# Keep the ids Entra already has for our roles and scope; new ones get fresh ids.
existing_role_id() { az ad app show --id "$app_id" --query "appRoles[?value=='$1'].id | [0]" -o tsv --only-show-errors; }
role_json() {
  local value="$1" name="$2" description="$3" id
  id="$(existing_role_id "$value")"; [ -n "$id" ] || id="$(new_uuid)"
  printf '{"id":"%s","value":"%s","displayName":"%s","description":"%s","allowedMemberTypes":["User"],"isEnabled":true}' \
    "$id" "$value" "$name" "$description"
}
scope_id="$(az ad app show --id "$app_id" --query "api.oauth2PermissionScopes[?value=='user_impersonation'].id | [0]" -o tsv --only-show-errors)"
[ -n "$scope_id" ] || scope_id="$(new_uuid)"

# The portal's redirect URIs, once provisioning has said where the portal is; existing ones stay.
redirects=()
while IFS= read -r uri; do [ -n "$uri" ] && redirects+=("$uri"); done \
  < <(az ad app show --id "$app_id" --query 'spa.redirectUris[]' -o tsv --only-show-errors)
if [ -n "${PORTAL_URL:-}" ]; then
  # Signing in comes back to login-callback; Entra ID returns after signing out only to a registered URI.
  for callback in "${PORTAL_URL%/}/authentication/login-callback" "${PORTAL_URL%/}/authentication/logout-callback"; do
    case " ${redirects[*]:-} " in *" $callback "*) ;; *) redirects+=("$callback") ;; esac
  done
fi
redirect_json=""
for uri in "${redirects[@]:-}"; do
  [ -n "$uri" ] || continue
  redirect_json="${redirect_json:+$redirect_json,}\"$uri\""
done

body="$(mktemp)"
trap 'rm -f "$body"' EXIT
cat >"$body" <<JSON
{
  "identifierUris": ["api://$app_id"],
  "appRoles": [
    $(role_json Coordinator "Coordinator" "Runs the network: cycles, directory, reviews, peer-review sessions."),
    $(role_json FocalPoint "Focal point" "Prepares the strategy of the countries whose directory entry lists them."),
    $(role_json PeerReviewer "Peer reviewer" "Reads the summaries of the peer-review sessions they are invited to.")
  ],
  "api": {
    "requestedAccessTokenVersion": 2,
    "oauth2PermissionScopes": [{
      "id": "$scope_id",
      "value": "user_impersonation",
      "type": "User",
      "isEnabled": true,
      "adminConsentDisplayName": "Use FocalPoints",
      "adminConsentDescription": "Lets the FocalPoints portal call the FocalPoints API as the signed-in person.",
      "userConsentDisplayName": "Use FocalPoints",
      "userConsentDescription": "Lets the FocalPoints portal call the FocalPoints API as you."
    }]
  },
  "spa": { "redirectUris": [${redirect_json}] }
}
JSON
az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" \
  --headers "Content-Type=application/json" --body "@$body" --only-show-errors >/dev/null

# The portal (this same registration) asks for its own scope, and for Microsoft Graph's openid,
# profile and offline_access (sign-in, the name in the ID token, a refresh token): a second request,
# once the scope exists. The whole list each time, so a run leaves it as it was.
graph_app_id="00000003-0000-0000-c000-000000000000"
graph_openid="37f7f235-527c-4136-accd-4a02d197296e"
graph_profile="14dad69e-099b-42c9-810b-d002981feec1"
graph_offline_access="7427e0e9-2fba-42fe-b0c0-848c9e6a8182"
cat >"$body" <<JSON
{ "requiredResourceAccess": [
  { "resourceAppId": "$app_id", "resourceAccess": [{ "id": "$scope_id", "type": "Scope" }] },
  { "resourceAppId": "$graph_app_id", "resourceAccess": [
    { "id": "$graph_openid", "type": "Scope" },
    { "id": "$graph_profile", "type": "Scope" },
    { "id": "$graph_offline_access", "type": "Scope" }
  ] }
] }
JSON
az rest --method PATCH --uri "https://graph.microsoft.com/v1.0/applications/$object_id" \
  --headers "Content-Type=application/json" --body "@$body" --only-show-errors >/dev/null

# The enterprise application: only people assigned a role may sign in.
if ! az ad sp show --id "$app_id" --only-show-errors >/dev/null 2>&1; then
  az ad sp create --id "$app_id" --only-show-errors >/dev/null
fi
az ad sp update --id "$app_id" --set appRoleAssignmentRequired=true --only-show-errors >/dev/null

# Consent to the portal's own scope for everyone, if the caller may; otherwise each person consents
# once at first sign-in (or an administrator does it later: see infra/README.md).
az ad app permission admin-consent --id "$app_id" --only-show-errors >/dev/null 2>&1 \
  || echo "app-registration: admin consent not granted (needs an administrator); see infra/README.md" >&2

azd env set AZURE_AUTH_CLIENT_ID "$app_id" >/dev/null
azd env set AZURE_AUTH_TENANT_ID "$tenant_id" >/dev/null
echo "app-registration: \"$display_name\" client id $app_id, tenant $tenant_id${PORTAL_URL:+, redirect ${PORTAL_URL%/}/authentication/login-callback}"
