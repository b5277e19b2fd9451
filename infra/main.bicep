// FocalPoints in one subscription: the Functions app (Flex Consumption) with its storage, the portal
// (Static Web Apps), sign-in (App Service authentication with the Entra app registration the
// preprovision hook creates), mail through Graph and monitoring. Identity only: no key, connection
// string with a key or secret is created, read or stored anywhere (see infra/README.md).
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment (AZURE_ENV_NAME); it names the resource group and seeds every resource name.')
param environmentName string

// Only regions that offer Flex Consumption (the Flex Consumption quickstart's list, less its canary
// region): a wrong region is refused before anything is created, instead of failing at the plan after
// the resource group, the storage account, the identity and the Static Web App exist. A region added
// later is added here; `az functionapp list-flexconsumption-locations` lists them today.
@minLength(1)
@description('Azure region of every resource except the Static Web App: one that offers Flex Consumption.')
@allowed([
  'australiaeast'
  'australiasoutheast'
  'brazilsouth'
  'canadacentral'
  'centralindia'
  'centralus'
  'eastasia'
  'eastus'
  'eastus2'
  'francecentral'
  'germanywestcentral'
  'italynorth'
  'japaneast'
  'koreacentral'
  'northcentralus'
  'northeurope'
  'norwayeast'
  'southafricanorth'
  'southcentralus'
  'southeastasia'
  'southindia'
  'spaincentral'
  'swedencentral'
  'uaenorth'
  'uksouth'
  'ukwest'
  'westcentralus'
  'westeurope'
  'westus'
  'westus2'
  'westus3'
])
@metadata({ azd: { type: 'location' } })
param location string

@description('Region of the Static Web App, which exists in fewer regions; it only holds the portal\'s files, which are served from a global edge anyway.')
@allowed([
  'centralus'
  'eastasia'
  'eastus2'
  'westeurope'
  'westus2'
])
param staticWebAppLocation string = 'westeurope'

@minLength(36)
@maxLength(36)
@description('Application (client) id of the Entra app registration that holds the roles Coordinator, FocalPoint and PeerReviewer; set by infra/hooks/app-registration.sh (AZURE_AUTH_CLIENT_ID).')
param authClientId string

@minLength(36)
@maxLength(36)
@description('Directory (tenant) id of that app registration; set by infra/hooks/app-registration.sh (AZURE_AUTH_TENANT_ID).')
param authTenantId string

@description('How messages leave: graph sends through Microsoft Graph from the sender mailbox (and records them in the outbox); outbox only records them.')
@allowed([
  'graph'
  'outbox'
])
param mailSender string = 'graph'

@description('The one mailbox messages are sent from (FOCALPOINTS_SENDER_MAILBOX); grant Mail.Send on it alone with the Exchange commands in infra/README.md.')
param senderMailbox string

@minValue(1)
@maxValue(10000)
@description('Messages sent per minute from the sender mailbox (Exchange Online allows 30).')
param mailMaxPerMinute int = 30

@description('Hours in each focal point\'s own zone when reminders go out, e.g. 09:00-18:00, or off to send at once.')
param remindersWorkingHours string = '09:00-18:00'

@minValue(40)
@maxValue(1000)
@description('Most instances the Flex Consumption plan may run the Functions app on (40 is the lowest the plan accepts).')
param maximumInstanceCount int = 40

@description('Memory of each Functions instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@minValue(30)
@maxValue(730)
@description('Days Log Analytics keeps logs and traces (the first 31 days cost nothing beyond ingestion).')
param logRetentionInDays int = 30

@description('Puts the Functions app on a private network: VNet integration for its outbound traffic, private endpoints (blob, queue, table) for the storage account, which then refuses public network access. Off by default (infra/README.md, Private network).')
param privateNetwork bool = false

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var storageAccountName = 'st${resourceToken}'
var applicationInsightsName = 'appi-${resourceToken}'
var tags = {
  'azd-env-name': environmentName
  application: 'focalpoints'
}

resource resourceGroup 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: resourceGroup
  params: {
    name: 'id-${resourceToken}'
    location: location
    tags: tags
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
    retentionInDays: logRetentionInDays
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: resourceGroup
  params: {
    name: storageAccountName
    location: location
    tags: tags
    deploymentContainerName: 'app-package-${resourceToken}'
    publicNetworkAccess: !privateNetwork
  }
}

module network 'app/network.bicep' = if (privateNetwork) {
  name: 'network'
  scope: resourceGroup
  params: {
    name: 'vnet-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storageAccountName
  }
  dependsOn: [
    storage
  ]
}

module roles 'app/roles.bicep' = {
  name: 'roles'
  scope: resourceGroup
  params: {
    storageAccountName: storageAccountName
    applicationInsightsName: applicationInsightsName
    // The assignments are named guid(scope, principalId, roleId): the principal id exists only once the
    // identity does, so What-If cannot predict these names before a first deployment. That is the price
    // of names that stay the same for the same identity and role, which a re-run must find again.
    #disable-next-line what-if-short-circuiting
    principalId: identity.outputs.principalId
  }
  dependsOn: [
    storage
    monitoring
  ]
}

module portal 'app/portal.bicep' = {
  name: 'portal'
  scope: resourceGroup
  params: {
    name: 'stapp-${resourceToken}'
    location: staticWebAppLocation
    tags: union(tags, { 'azd-service-name': 'web' })
  }
}

module functions 'app/functions.bicep' = {
  name: 'functions'
  scope: resourceGroup
  params: {
    planName: 'plan-${resourceToken}'
    appName: 'func-${resourceToken}'
    location: location
    tags: union(tags, { 'azd-service-name': 'api' })
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerUrl: storage.outputs.deploymentContainerUrl
    applicationInsightsName: applicationInsightsName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    portalOrigin: portal.outputs.origin
    authClientId: authClientId
    authTenantId: authTenantId
    mailSender: mailSender
    senderMailbox: senderMailbox
    mailMaxPerMinute: mailMaxPerMinute
    remindersWorkingHours: remindersWorkingHours
    virtualNetworkSubnetId: network.?outputs.appSubnetId ?? ''
  }
  // The app starts with its identity's data roles in place, not a minute later.
  dependsOn: [
    monitoring
    roles
  ]
}

// Flex Consumption has no platform health check: the readiness probe runs as an availability test.
module availability 'app/availability.bicep' = {
  name: 'availability'
  scope: resourceGroup
  params: {
    name: 'avail-ready-${resourceToken}'
    location: location
    tags: tags
    applicationInsightsName: applicationInsightsName
    appUrl: functions.outputs.url
  }
  dependsOn: [
    monitoring
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functions.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storageAccountName
output AZURE_STATIC_WEB_APP_NAME string = portal.outputs.name
output FUNCTIONS_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output FUNCTIONS_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output API_BASE_URL string = functions.outputs.url
output PORTAL_URL string = portal.outputs.origin
output PORTAL_AUTH_CLIENT_ID string = authClientId
output PORTAL_AUTH_AUTHORITY string = '${environment().authentication.loginEndpoint}${authTenantId}'
output PORTAL_API_SCOPE string = 'api://${authClientId}/user_impersonation'
