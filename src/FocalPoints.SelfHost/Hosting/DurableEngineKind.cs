namespace FocalPoints.SelfHost.Hosting;

/// <summary>Which orchestration service the embedded engine runs on.</summary>
public enum DurableEngineKind
{
    /// <summary>The Azure Storage provider Durable Functions uses: state survives restarts.</summary>
    AzureStorage,

    /// <summary>In memory: fast, gone with the process. For tests.</summary>
    InMemory,
}
