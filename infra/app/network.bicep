// The optional private network (main.bicep's privateNetwork): a virtual network whose first subnet
// the Functions app's outbound traffic leaves through (VNet integration; Flex Consumption delegates
// it to Microsoft.App/environments) and whose second holds the storage account's private endpoints
// for blobs, queues and tables, with the private DNS zones that make the account's usual host names
// resolve to them inside the network. The account itself then refuses public network access.
@description('Name of the virtual network.')
param name string

@description('Region of the virtual network and the private endpoints.')
param location string

@description('Tags of the network resources.')
param tags object

@description('Name of the storage account the private endpoints lead to.')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource network 'Microsoft.Network/virtualNetworks@2024-05-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    addressSpace: {
      addressPrefixes: [
        '10.0.0.0/16'
      ]
    }
    subnets: [
      {
        name: 'app'
        properties: {
          addressPrefix: '10.0.1.0/24'
          delegations: [
            {
              name: 'flex-consumption'
              properties: {
                serviceName: 'Microsoft.App/environments'
              }
            }
          ]
        }
      }
      {
        name: 'private-endpoints'
        properties: {
          addressPrefix: '10.0.2.0/24'
          privateEndpointNetworkPolicies: 'Disabled'
        }
      }
    ]
  }
}

// One endpoint and one zone per storage service the app uses: blob (deployment package, durable
// engine's leases and large messages), queue (durable engine), table (durable engine, the app's tables).
var services = [
  'blob'
  'queue'
  'table'
]

resource zones 'Microsoft.Network/privateDnsZones@2024-06-01' = [
  for service in services: {
    name: 'privatelink.${service}.${environment().suffixes.storage}'
    location: 'global'
    tags: tags
  }
]

resource zoneLinks 'Microsoft.Network/privateDnsZones/virtualNetworkLinks@2024-06-01' = [
  for (service, i) in services: {
    parent: zones[i]
    name: '${name}-link'
    location: 'global'
    tags: tags
    properties: {
      registrationEnabled: false
      virtualNetwork: {
        id: network.id
      }
    }
  }
]

resource endpoints 'Microsoft.Network/privateEndpoints@2024-05-01' = [
  for (service, i) in services: {
    name: 'pe-${service}-${storageAccountName}'
    location: location
    tags: tags
    properties: {
      subnet: {
        id: network.properties.subnets[1].id
      }
      privateLinkServiceConnections: [
        {
          name: '${service}-${storageAccountName}'
          properties: {
            privateLinkServiceId: storage.id
            groupIds: [
              service
            ]
          }
        }
      ]
    }
  }
]

resource endpointZones 'Microsoft.Network/privateEndpoints/privateDnsZoneGroups@2024-05-01' = [
  for (service, i) in services: {
    parent: endpoints[i]
    name: 'default'
    properties: {
      privateDnsZoneConfigs: [
        {
          name: service
          properties: {
            privateDnsZoneId: zones[i].id
          }
        }
      ]
    }
  }
]

@description('Resource id of the subnet the Functions app is integrated with.')
output appSubnetId string = network.properties.subnets[0].id
