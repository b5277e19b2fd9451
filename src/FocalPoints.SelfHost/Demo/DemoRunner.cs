using FocalPoints.SelfHost.Hosting;

namespace FocalPoints.SelfHost.Demo;

public static class DemoRunner
{
    public static Task<int> RunAsync(SelfHostOptions options, int countries, CancellationToken cancellationToken) => Task.FromResult(0);
}
