using System.CommandLine;
using FocalPoints.SelfHost.Hosting;
using Microsoft.Extensions.Options;

namespace FocalPoints.SelfHost;

/// <summary>
/// The command line: serve the API and the portal until Ctrl+C (<c>--urls</c> and
/// <c>--environment</c> as any ASP.NET Core app takes them). Settings come from configuration
/// (<c>appsettings.json</c>, <c>SelfHost__*</c> environment variables) under the standard ones (see
/// <see cref="HostSettings"/>). The demo and the measurements are another program's (src/FocalPoints.Tools).
/// </summary>
public static class SelfHostCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen, e.g. http://127.0.0.1:5080 (over ASPNETCORE_URLS and SelfHost__Urls)." };
        var environment = new Option<string>("--environment") { Description = "The ASP.NET Core environment, e.g. Production (over ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT and SelfHost__Environment)." };
        var root = new RootCommand("FocalPoints self-host: the national-strategy workflow on the embedded Durable Task engine and Azurite.") { urls, environment };
        root.SetAction(async (result, ct) =>
        {
            string[] hostArgs =
            [
                .. result.GetValue(urls) is { } u ? [$"--urls={u}"] : Array.Empty<string>(),
                .. result.GetValue(environment) is { } e ? [$"--environment={e}"] : Array.Empty<string>(),
            ];
            SelfHostApp host;
            try
            {
                host = await SelfHostApp.StartAsync(SelfHostOptions.Load(), hostArgs, cancellationToken: ct);
            }
            catch (Exception refused) when (refused is OptionsValidationException or StartRefusedException)
            {
                // A wrong setting is the operator's to mend: its message names the key; a stack trace would bury it.
                await Console.Error.WriteLineAsync($"FocalPoints self-host did not start: {refused.Message}");
                return 1;
            }

            await using (host)
            {
                await Console.Out.WriteLineAsync($"FocalPoints self-host listening on {host.BaseAddress} (API under /api). Ctrl+C stops it.");
                await host.WaitForShutdownAsync(ct);
            }

            return 0;
        });
        // The host alone answers Ctrl+C and SIGTERM (it stops in order, within StopBudget): the command
        // line's own handling cancelled the action and gave up on it after 2 s, leaving the host unstopped.
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null });
    }
}
