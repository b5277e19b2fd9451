namespace FocalPoints.SelfHost.Tests.Hosting;

/// <summary>The self-host's process ended the hard way.</summary>
internal sealed partial class SelfHostProcess
{
    /// <summary>SIGKILL to the self-host alone (<c>kill -9</c>): no shutdown runs, nothing is flushed or released.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
    }
}
