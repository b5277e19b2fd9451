using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FocalPoints.SelfHost.Tests.Portal;

/// <summary>axe-core (Deque's) run in the page (not inside its sandboxed frames): WCAG 2.x A and AA rules and best practices, failing on serious and critical violations.</summary>
public static class Accessibility
{
    private static readonly string[] Failing = ["serious", "critical"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe(new AxeRunOptions
        {
            // The summaries' frames are sandboxed (no script): axe cannot run inside them and would wait for them.
            Iframes = false,
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] },
        });
        AxeResultItem[] serious = result.Violations.Where(v => Failing.Contains(v.Impact, StringComparer.Ordinal)).ToArray();
        Assert.True(serious.Length == 0, Describe(page.Url, serious));
    }

    /// <summary>Each violation with its rule, impact, help and the elements it found, readable in a test log.</summary>
    private static string Describe(string url, AxeResultItem[] violations)
    {
        var text = new StringBuilder().Append(violations.Length).Append(" serious or critical axe violation(s) on ").Append(url).AppendLine(":");
        foreach (AxeResultItem v in violations)
        {
            text.Append("- ").Append(v.Id).Append(" (").Append(v.Impact).Append("): ").Append(v.Help).Append(' ').AppendLine(v.HelpUrl);
            foreach (AxeResultNode node in v.Nodes.Take(5))
            {
                text.Append("    ").Append(node.Target).Append("  ").AppendLine(node.Html.Length > 160 ? node.Html[..160] + "…" : node.Html);
                foreach (AxeResultCheck check in node.Any.Concat(node.All).Concat(node.None))
                {
                    text.Append("      ").AppendLine(check.Message);
                }
            }
        }

        return text.ToString();
    }
}
