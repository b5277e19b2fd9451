using System.Text;
using FocalPoints.Domain.Summaries;

namespace FocalPoints.Api.Summaries;

/// <summary>A country summary as Markdown: the same facts as the HTML, as headings and tables.</summary>
public static class SummaryMarkdown
{
    public static string Render(CountrySummary s)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(SummaryText.Title(s))).AppendLine();
        md.AppendLine(SummaryText.Subtitle(s)).AppendLine();
        md.Append('_').Append(SummaryText.Audience(s)).AppendLine("_").AppendLine();

        md.AppendLine("## Coverage of the four elements").AppendLine();
        md.AppendLine("| Step | Status |").AppendLine("|---|---|");
        foreach (StepCoverage c in s.Coverage)
        {
            md.Append("| ").Append(SummaryText.StepTitle(c.Step)).Append(" | ").Append(SummaryText.Coverage(c)).AppendLine(" |");
        }

        md.AppendLine().AppendLine("## Risk factors and restraints").AppendLine();
        if (s.Risk is RiskSection risk)
        {
            Mark(md, risk.Confidential);
            md.AppendLine("Risk factors rated high or severe:").AppendLine();
            md.AppendLine("| Factor | Rating | Trend |").AppendLine("|---|---|---|");
            foreach (FactorRating f in risk.HighOrSevere)
            {
                md.Append("| ").Append(f.Id).Append(' ').Append(Escape(f.Title)).Append(" | ").Append(SummaryText.Words(f.Rating)).Append(" | ").Append(SummaryText.Trend(f.Trend)).AppendLine(" |");
            }

            if (risk.HighOrSevere.Count == 0)
            {
                md.AppendLine("| none | | |");
            }

            md.AppendLine().AppendLine("Risk profile across the 14 factors:").AppendLine();
            md.AppendLine("| Factor | Rating |").AppendLine("|---|---|");
            foreach (FactorRating f in risk.Profile)
            {
                md.Append("| ").Append(f.Id).Append(" | ").Append(SummaryText.Words(f.Rating)).AppendLine(" |");
            }

            md.AppendLine().AppendLine("Restraints by capacity:").AppendLine();
            md.AppendLine("| Restraint | Capacity |").AppendLine("|---|---|");
            foreach (RestraintCapacity r in risk.Restraints)
            {
                md.Append("| ").Append(r.Id).Append(' ').Append(Escape(r.Title)).Append(" | ").Append(SummaryText.Words(r.Capacity)).AppendLine(" |");
            }
        }
        else
        {
            md.AppendLine(Absent(s, 0));
        }

        md.AppendLine().AppendLine("## Prioritised actions by restraint").AppendLine();
        if (s.Actions is ActionsSection actions)
        {
            Mark(md, actions.Confidential);
            foreach (RestraintActions group in actions.ByRestraint)
            {
                md.Append("### ").Append(group.Restraint).Append(' ').AppendLine(Escape(group.Title)).AppendLine();
                md.AppendLine("| Priority | Action | Scope | Lead | Period | Risk factors |").AppendLine("|---|---|---|---|---|---|");
                foreach (SummaryAction a in group.Actions)
                {
                    md.Append("| ").Append(a.Priority).Append(" | ").Append(Escape(a.Title)).Append(" | ").Append(SummaryText.Words(a.Scope))
                      .Append(" | ").Append(Escape(a.LeadInstitution ?? "—")).Append(" | ").Append(SummaryText.Date(a.Start)).Append(" to ").Append(SummaryText.Date(a.End))
                      .Append(" | ").Append(string.Join(", ", a.RiskFactors)).AppendLine(" |");
                }

                md.AppendLine();
            }
        }
        else
        {
            md.AppendLine(Absent(s, 1)).AppendLine();
        }

        md.AppendLine("## Training reach").AppendLine();
        if (s.Training is TrainingSection training)
        {
            Mark(md, training.Confidential);
            md.AppendLine("| Audience | Planned | Trained |").AppendLine("|---|---|---|");
            foreach (AudienceReach r in training.Reach)
            {
                md.Append("| ").Append(SummaryText.Words(r.Audience)).Append(" | ").Append(r.Planned).Append(" | ").Append(r.Trained).AppendLine(" |");
            }

            md.Append("| **total** | **").Append(training.Planned).Append("** | **").Append(training.Trained).AppendLine("** |");
        }
        else
        {
            md.AppendLine(Absent(s, 2));
        }

        md.AppendLine().AppendLine("## Resources and political support").AppendLine();
        if (s.Resources is ResourcesSection resources)
        {
            Mark(md, resources.Confidential);
            md.AppendLine("| Source | Status | Currency | Amount |").AppendLine("|---|---|---|---|");
            foreach (ResourceLine l in resources.Resources)
            {
                md.Append("| ").Append(SummaryText.Words(l.Source)).Append(" | ").Append(SummaryText.Words(l.Status)).Append(" | ").Append(l.Currency).Append(" | ").Append(SummaryText.Amount(l.Amount)).AppendLine(" |");
            }

            md.AppendLine().AppendLine("Totals per currency:").AppendLine();
            md.AppendLine("| Currency | Planned | Committed | Disbursed | Total |").AppendLine("|---|---|---|---|---|");
            foreach (CurrencyTotal t in resources.Totals)
            {
                md.Append("| ").Append(t.Currency).Append(" | ").Append(SummaryText.Amount(t.Planned)).Append(" | ").Append(SummaryText.Amount(t.Committed))
                  .Append(" | ").Append(SummaryText.Amount(t.Disbursed)).Append(" | ").Append(SummaryText.Amount(t.Total)).AppendLine(" |");
            }

            md.AppendLine().Append("Prevention declared a national priority: ").AppendLine(SummaryText.YesNo(resources.DeclaredNationalPriority)).AppendLine();
            md.AppendLine("Legislative engagement:").AppendLine();
            foreach (Domain.Strategies.Content.LegislativeEngagement e in resources.Legislative)
            {
                md.Append("- ").Append(SummaryText.Date(e.Date)).Append(", ").Append(e.Kind is null ? "engagement" : SummaryText.Words(e.Kind.Value)).Append(": ").AppendLine(Escape(e.Description ?? string.Empty));
            }

            if (resources.Legislative.Count == 0)
            {
                md.AppendLine("- none recorded");
            }
        }
        else
        {
            md.AppendLine(Absent(s, 3));
        }

        md.AppendLine().AppendLine("## Civil society and media").AppendLine();
        if (s.Engagement is EngagementSection engagement)
        {
            md.Append("Civil society consulted in the risk assessment: ").AppendLine(SummaryText.YesNo(engagement.ConsultedCivilSociety)).AppendLine();
            md.Append("Media consulted in the risk assessment: ").AppendLine(SummaryText.YesNo(engagement.ConsultedMedia)).AppendLine();
            foreach (Domain.Strategies.Content.Partner p in engagement.Partners)
            {
                md.Append("- ").Append(p.Kind is null ? "partner" : SummaryText.Words(p.Kind.Value)).Append(": ").AppendLine(Escape(p.Name ?? string.Empty));
            }
        }
        else
        {
            md.AppendLine("Nothing to show.");
        }

        return md.ToString();
    }

    private static void Mark(StringBuilder md, bool confidential)
    {
        if (confidential)
        {
            md.Append("> **").Append(SummaryText.ConfidentialMark).AppendLine("**").AppendLine();
        }
    }

    private static string Absent(CountrySummary s, int step) => SummaryText.Coverage(s.Coverage[step]);

    private static string Escape(string text) => SummaryEscaping.Markdown(text);
}
