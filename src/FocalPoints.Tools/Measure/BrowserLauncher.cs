using Microsoft.Playwright;

namespace FocalPoints.Tools.Measure;

/// <summary>
/// Debian's Chromium driven by Playwright, headless, the one way this repository opens a browser
/// (the portal's end-to-end tests and <c>measure-portal</c>): Playwright's own browser download is
/// never used, and everything that would talk to another host is off.
/// </summary>
public static class BrowserLauncher
{
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>The options: the executable, headless, no sandbox (containers, root), no GPU, no background traffic.</summary>
    public static BrowserTypeLaunchOptions Options => new()
    {
        ExecutablePath = Chromium,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    };

    /// <summary>Starts the browser; fails saying how to install it when it is missing.</summary>
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => File.Exists(Chromium)
        ? playwright.Chromium.LaunchAsync(Options)
        : throw new FileNotFoundException($"Debian's Chromium is required at {Chromium} (apt-get install chromium; .ci/run installs it).", Chromium);
}
