using FocalPoints.Infrastructure.Storage;
using FocalPoints.SelfHost.Hosting;
using Grpc.Net.Client;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>
/// The embedded in-memory engine runs many work items at once, whatever the processor count: a
/// fan-out of activities that can only finish when all of them run together completes. (The preview
/// service allowed one per processor, and a 193-country cycle outran it.)
/// </summary>
public sealed class DurableEngineTests
{
    private const int Width = 16;

    [Fact(Timeout = 120_000)]
    public async Task The_in_memory_engine_runs_a_wide_fan_out_at_once()
    {
        await using DurableEngine engine = await DurableEngine.StartAsync(DurableEngineKind.InMemory, string.Empty, "fanout", new RequestCounter(), NullLoggerFactory.Instance, CancellationToken.None);
        using GrpcChannel channel = GrpcChannel.ForAddress(engine.Address);
        var meeting = new Meeting(Width);
        using IHost worker = Host.CreateDefaultBuilder()
            .ConfigureLogging(l => l.ClearProviders())
            .ConfigureServices(services =>
            {
                services.AddDurableTaskWorker(w =>
                {
                    w.UseGrpc(channel);
                    w.AddTasks(tasks =>
                    {
                        tasks.AddOrchestratorFunc<object?, int>("FanOut", async (context, _) =>
                            (await Task.WhenAll(Enumerable.Range(0, Width).Select(i => context.CallActivityAsync<int>("Meet", i)))).Length);
                        tasks.AddActivityFunc<int, int>("Meet", async (_, index) =>
                        {
                            await meeting.ArriveAsync();
                            return index;
                        });
                    });
                });
                services.AddDurableTaskClient(c => c.UseGrpc(channel));
            })
            .Build();
        await worker.StartAsync();
        DurableTaskClient client = worker.Services.GetRequiredService<DurableTaskClient>();

        string id = await client.ScheduleNewOrchestrationInstanceAsync("FanOut");
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        OrchestrationMetadata done = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, wait.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        Assert.Equal(Width, done.ReadOutputAs<int>());
        Assert.Equal(Width, meeting.MostAtOnce);
        await worker.StopAsync();
    }

    /// <summary>Each arrival waits until <c>size</c> have arrived (at most 30 s, then it fails).</summary>
    private sealed class Meeting(int size)
    {
        private readonly TaskCompletionSource everyone = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int arrived;

        public int MostAtOnce => Volatile.Read(ref arrived);

        public async Task ArriveAsync()
        {
            if (Interlocked.Increment(ref arrived) == size)
            {
                everyone.TrySetResult();
            }

            await everyone.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }
}
