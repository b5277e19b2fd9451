using System.Net;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.Strategies;
using FocalPoints.Infrastructure.Mail;
using FocalPoints.SelfHost.Hosting;
using FocalPoints.Testing.Builders;
using FocalPoints.Testing.Hosts;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace FocalPoints.SelfHost.Tests.Workflow;

/// <summary>
/// The host's idle probe, which the "changes nothing" tests wait on: while a workflow's activity is
/// held in the middle of sending, the host is not idle; once it is let go, idle means that everything
/// the request set off has run to its end (the workflow has opened its step and written its messages,
/// or heard the submission the relay raised after the answer and acknowledged it).
/// </summary>
public sealed class EngineIdleTests(AzuriteFixture azurite, ITestOutputHelper output) : IClassFixture<AzuriteFixture>
{
    [Fact(Timeout = 120_000)]
    public async Task The_host_is_idle_only_once_what_a_request_set_off_has_run_to_its_end()
    {
        var held = new HeldMessenger();
        await using RunningHost host = await RunningHost.StartAsync(DurableEngineKind.InMemory, azurite.ConnectionString, output, services: s =>
        {
            s.AddSingleton<Messenger>();
            s.AddSingleton<IMessenger>(sp => held.Over(sp.GetRequiredService<Messenger>()));
        });
        var network = new NetworkScenario(host.Api);
        await network.RegisterAsync("GHA");

        // Opening the cycle starts the workflow, whose first activity is held while it sends.
        NetworkScenario.Ensure(await network.OpenCycleAsync("idle", ["GHA"], NetworkScenario.SlowSchedule), HttpStatusCode.Accepted);
        await held.Entered.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(await host.App.IsIdleAsync());
        held.Release();
        await host.WaitUntilIdleAsync("the workflow to open its first step");

        Assert.Equal("open", await network.StepStatusAsync("idle", "GHA", StrategyStep.RiskAssessment));
        Assert.True(NetworkScenario.Has(await network.OutboxAsync("idle"), "GHA", "stepOpened"));

        // A submission's event is raised by the relay after the answer; the receipt it leads to is held.
        held.Hold();
        NetworkScenario.Ensure(await network.SubmitAsync("idle", "GHA", StrategyStep.RiskAssessment, new RiskAssessmentBuilder().Build()), HttpStatusCode.Accepted);
        await held.Entered.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.False(await host.App.IsIdleAsync());
        held.Release();
        await host.WaitUntilIdleAsync("the workflow to acknowledge the submission");

        Assert.True(NetworkScenario.Has(await network.OutboxAsync("idle"), "GHA", "submissionReceived"));
    }

    /// <summary>The real messenger, except that while held, a send waits inside it until released.</summary>
    private sealed class HeldMessenger
    {
        private readonly Lock gate = new();
        private TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private TaskCompletionSource released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes when a send has come in and waits.</summary>
        public Task Entered
        {
            get
            {
                lock (gate)
                {
                    return entered.Task;
                }
            }
        }

        public IMessenger Over(IMessenger real) => new Holding(this, real);

        public void Hold()
        {
            lock (gate)
            {
                entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        public void Release()
        {
            lock (gate)
            {
                released.TrySetResult();
            }
        }

        private Task EnterAsync()
        {
            lock (gate)
            {
                entered.TrySetResult();
                return released.Task;
            }
        }

        private sealed class Holding(HeldMessenger held, IMessenger real) : IMessenger
        {
            public async Task<int> SendAsync(Mailing mailing, IEnumerable<Domain.Network.Contact> recipients, Func<Domain.Network.Contact, MessageRequest> request, CancellationToken cancellationToken)
            {
                await held.EnterAsync();
                return await real.SendAsync(mailing, recipients, request, cancellationToken);
            }
        }
    }
}
