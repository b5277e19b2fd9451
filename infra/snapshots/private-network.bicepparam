// The deployment the committed snapshot (private-network.snapshot.json) is taken of: `bicep snapshot
// infra/snapshots/private-network.bicepparam --mode validate` (tests/FocalPoints.Infra.Tests) fails when
// main.bicep would deploy anything else. Regenerate with --mode overwrite and review the difference.
using '../main.bicep'

param environmentName = 'focalpoints-snapshot'
param location = 'westeurope'
param authClientId = '11111111-2222-3333-4444-555555555555'
param authTenantId = '66666666-7777-8888-9999-000000000000'
param senderMailbox = 'focalpoints@example.org'
param privateNetwork = true
