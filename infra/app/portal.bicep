// The portal: Static Web Apps Standard serves the published Blazor WebAssembly files
// (staticwebapp.config.json sets routes and headers). azd deploys to it; no GitHub link is made here.
@description('Name of the Static Web App.')
param name string

@description('Region of the Static Web App.')
param location string

@description('Tags of the Static Web App (azd-service-name web).')
param tags object

resource portal 'Microsoft.Web/staticSites@2024-11-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: 'Standard'
    tier: 'Standard'
  }
  properties: {
    stagingEnvironmentPolicy: 'Disabled'
    allowConfigFileUpdates: true
    publicNetworkAccess: 'Enabled'
  }
}

output name string = portal.name
output origin string = 'https://${portal.properties.defaultHostname}'
