using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using FocalPoints.Api.Telemetry;

namespace FocalPoints.SelfHost.Tests.Telemetry;

internal static class AzureSdkTracing
{
    /// <summary>
    /// Azure.Core reads its tracing switch once per process, when its first client is built. A host
    /// sets it before it builds any, but in this test process other tests' hosts (without telemetry)
    /// and fixtures build clients first, in any order: the switch is set before any test runs.
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: the process it runs in is its own.")]
    internal static void Enable() => AppContext.SetSwitch(TelemetryServiceCollectionExtensions.AzureSdkActivitySwitch, true);
}
