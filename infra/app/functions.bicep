// The Functions app on a Flex Consumption plan (FC1), running as the user-assigned identity:
// storage, the deployment package, telemetry and Graph all go through it, and no app setting holds
// a key. App Service authentication (Entra ID) answers 401 to every request without a valid token
// for the app registration, and is what makes the app believe X-MS-CLIENT-PRINCIPAL.
@description('Name of the Flex Consumption plan.')
param planName string

@description('Name of the Functions app (its host name is <name>.azurewebsites.net).')
param appName string

@description('Region of the plan and the app.')
param location string

@description('Tags of the plan and the app (the app carries azd-service-name api).')
param tags object

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity (identity-based connections, Graph, telemetry).')
param identityClientId string

@description('Name of the storage account (AzureWebJobsStorage through the identity).')
param storageAccountName string

@description('URL of the blob container the plan deploys the app package from.')
param deploymentContainerUrl string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('Most instances the plan may run.')
param maximumInstanceCount int

@description('Memory of each instance in MB.')
param instanceMemoryMB int

@description('Origin of the portal (https://<host>), the only origin CORS allows.')
param portalOrigin string

@description('Client id of the Entra app registration whose tokens the app accepts.')
param authClientId string

@description('Tenant id of that app registration.')
param authTenantId string

@description('graph or outbox (Mail__Sender).')
param mailSender string

@description('The sender mailbox (Graph__SenderMailbox).')
param senderMailbox string

@description('Messages per minute from the sender mailbox (Mail__MaxPerMinute).')
param mailMaxPerMinute int

@description('Reminders__WorkingHours.')
param remindersWorkingHours string

@description('Resource id of the subnet (delegated to Microsoft.App/environments) the app sends its outbound traffic through; empty for none.')
param virtualNetworkSubnetId string = ''

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: appName
  location: location
  tags: tags
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    virtualNetworkSubnetId: empty(virtualNetworkSubnetId) ? null : virtualNetworkSubnetId
    httpsOnly: true
    clientCertEnabled: false
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: deploymentContainerUrl
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: [
          portalOrigin
        ]
        supportCredentials: false
      }
      appSettings: [
        // Storage through the identity: the Functions host, Durable Functions (Azure Storage provider) and the app's tables.
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
        // DefaultAzureCredential picks this identity.
        { name: 'AZURE_CLIENT_ID', value: identityClientId }
        // Telemetry with an Entra token (local authentication is off on the component).
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD;ClientId=${identityClientId}' }
        // Mail through Microsoft Graph as the identity, from one mailbox.
        { name: 'Mail__Sender', value: mailSender }
        { name: 'Mail__MaxPerMinute', value: string(mailMaxPerMinute) }
        { name: 'Graph__Authentication', value: 'managedIdentity' }
        { name: 'Graph__ClientId', value: identityClientId }
        { name: 'Graph__SenderMailbox', value: senderMailbox }
        // Links in messages point at the portal.
        { name: 'Portal__BaseUrl', value: portalOrigin }
        { name: 'Reminders__WorkingHours', value: remindersWorkingHours }
      ]
    }
  }
}

// App Service authentication: only requests with a valid Entra token for the app registration,
// issued to the app registration itself (the portal), get through; every other one is 401.
// No client secret: the app only validates bearer tokens, it never signs anyone in itself.
resource authentication 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'Return401'
      // The health probes answer only up or down (src/FocalPoints.Api/Health/HealthProbes.cs).
      excludedPaths: [
        '/healthz'
        '/readyz'
      ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: authClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${authTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [
            'api://${authClientId}'
            authClientId
          ]
          defaultAuthorizationPolicy: {
            allowedApplications: [
              authClientId
            ]
          }
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
    httpSettings: {
      requireHttps: true
    }
  }
}

output name string = app.name
output url string = 'https://${app.properties.defaultHostName}'
