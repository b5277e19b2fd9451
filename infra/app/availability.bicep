// The Functions app's readiness probed from outside, since Flex Consumption has no platform health
// check: "Health check isn't an option for the Flex Consumption and Consumption plans"
// (learn.microsoft.com/azure/azure-functions/configure-monitoring#monitor-function-apps-using-health-check).
// An Application Insights standard availability test requests /readyz (anonymous, up or down
// only; App Service authentication lets it through) from five regions and records each result in
// the component's Availability view, where an alert rule can be added on it.
@description('Name of the availability test.')
param name string

@description('Region of the test resource (the component\'s).')
param location string

@description('Tags of the test.')
param tags object

@description('Name of the Application Insights component the results go to.')
param applicationInsightsName string

@description('The Functions app\'s https origin, without a trailing slash.')
param appUrl string

@description('Seconds between runs from each region (300, 600 or 900).')
@allowed([
  300
  600
  900
])
param frequency int = 900

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource readiness 'Microsoft.Insights/webtests@2022-06-15' = {
  name: name
  location: location
  // The hidden link is how Application Insights finds the tests that report to it.
  tags: union(tags, { 'hidden-link:${applicationInsights.id}': 'Resource' })
  kind: 'standard'
  properties: {
    SyntheticMonitorId: name
    Name: 'FocalPoints API ready'
    Description: 'GET /readyz: storage and the durable engine answer within 2 s (200), else 503.'
    Enabled: true
    Kind: 'standard'
    Frequency: frequency
    Timeout: 30
    RetryEnabled: true
    Locations: [
      { Id: 'emea-nl-ams-azr' }
      { Id: 'emea-gb-db3-azr' }
      { Id: 'us-va-ash-azr' }
      { Id: 'us-ca-sjc-azr' }
      { Id: 'apac-sg-sin-azr' }
    ]
    Request: {
      RequestUrl: '${appUrl}/readyz'
      HttpVerb: 'GET'
      ParseDependentRequests: false
    }
    ValidationRules: {
      ExpectedHttpStatusCode: 200
      SSLCheck: true
      SSLCertRemainingLifetimeCheck: 7
    }
  }
}
