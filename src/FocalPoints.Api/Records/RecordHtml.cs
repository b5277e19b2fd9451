using System.Globalization;
using System.Text;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.PeerReviews;
using FocalPoints.Domain.Records;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Api.Records;

/// <summary>
/// A country's own record as a print-ready HTML page in the reader's language (<c>lang</c>, <c>dir="rtl"</c> for
/// Arabic), with the summaries' style: each cycle, each step, every version with its whole content, its sharing
/// level and its review; the peer reviews with the recommendations and the response; the good practice offered.
/// What people wrote stays as written; the timelines and drafts are in the JSON download only.
/// </summary>
public static class RecordHtml
{
    private const string Style = ".keep{border:2px solid #b3261e;color:#b3261e;padding:.5rem .75rem;font-weight:600}"
        + "h3{font-size:1.1rem;margin-top:1.5rem}h4{font-size:1rem;margin:1rem 0 .25rem}.version{border-inline-start:3px solid #ccc;padding-inline-start:.75rem;margin:.75rem 0}"
        + "@media print{.version{break-inside:avoid-page}h3,h4{break-after:avoid}}";

    public static string Render(CountryRecord record, CultureInfo reader)
    {
        var t = new RecordText(reader);
        string country = UnMemberStates.IsMember(record.Country) ? CountryNames.Name(record.Country, reader) : record.CountryName;
        string title = t.Format("Title", country);
        var html = new StringBuilder();
        html.Append(SummaryHtml.Opening(t.Summary, title, SummaryHtml.Style + Style));
        html.Append("<h1>").Append(E(title)).Append("</h1>");
        html.Append("<p class=\"muted\">").Append(E(t.Format("Subtitle", country, t.Date(record.GeneratedUtc)))).Append("</p>");
        html.Append("<p class=\"keep\">").Append(E(t["Keep"])).Append("</p>");
        html.Append("<p class=\"muted\">").Append(E(t["JsonAlso"])).Append("</p>");

        html.Append("<h2>").Append(E(t["Heading.Cycles"])).Append("</h2>");
        if (record.Cycles.Count == 0)
        {
            Paragraph(html, t["NoCycles"]);
        }

        foreach (RecordCycle cycle in record.Cycles)
        {
            html.Append("<h3>").Append(E(t.Format("Cycle", cycle.Title, cycle.CycleId, t.Date(cycle.OpenedUtc), t.Words(cycle.Status)))).Append("</h3>");
            foreach (RecordStep step in cycle.Steps)
            {
                Step(html, t, step);
            }
        }

        PeerReviews(html, t, record.PeerReviews);
        GoodPractice(html, t, record.GoodPractice);
        return html.Append("</body></html>").ToString();
    }

    private static void Step(StringBuilder html, RecordText t, RecordStep step)
    {
        html.Append("<h4>").Append(E(t.Summary.StepTitle(step.Step))).Append("</h4>");
        string status = t.Format("Label.Status", t.Words(step.Status));
        Paragraph(html, step.DueUtc is { } due && step.Status is StepStatus.Open or StepStatus.Returned ? $"{status} · {t.Format("Label.Due", t.Date(due))}" : status);
        if (step.Versions.Count == 0)
        {
            html.Append("<p class=\"muted\">").Append(E(t["NoVersion"])).Append("</p>");
        }

        foreach (RecordVersion version in step.Versions)
        {
            html.Append("<div class=\"version\"><p><strong>").Append(E(t.Format("Version", version.Version, t.Words(version.Status)))).Append("</strong></p>");
            Paragraph(html, t.Format("Label.Submitted", version.SubmittedBy, t.Date(version.SubmittedUtc), t.Summary.Words(version.Sharing)));
            if (version.Sharing == Sharing.Confidential)
            {
                html.Append("<p class=\"confidential\">").Append(E(t.Summary["ConfidentialMark"])).Append("</p>");
            }

            Content(html, t, StepContentJson.Parse(step.Step, version.Content.GetRawText()));
            if (version.Review is { } review)
            {
                Paragraph(html, t.Format("Label.Review", review.Actor, t.Date(review.ReviewedUtc), t.Words(review.Decision)));
                if (!string.IsNullOrWhiteSpace(review.Comments))
                {
                    Paragraph(html, t.Format("Label.Comments", I(review.Comments)));
                }
            }

            html.Append("</div>");
        }
    }

    private static void Content(StringBuilder html, RecordText t, StepContent content)
    {
        SummaryText s = t.Summary;
        switch (content)
        {
            case RiskAssessmentContent risk:
                Table(html, [s["Column.Factor"], s["Column.Rating"], s["Column.Trend"], t["Column.Indicators"], t["Column.Evidence"]], (risk.RiskFactors ?? []).Select(f => new[]
                {
                    f.Id is null ? "—" : s.Factor(f.Id), Word(s, f.Rating), Word(s, f.Trend), string.Join(", ", f.Indicators ?? []), f.Evidence is null ? "—" : I(f.Evidence),
                }));
                Paragraph(html, t["Label.Resilience"]);
                Table(html, [s["Column.Restraint"], s["Column.Capacity"], t["Column.Notes"]], (risk.Resilience ?? []).Select(r => new[]
                {
                    r.Restraint is null ? "—" : s.Restraint(r.Restraint), Word(s, r.Capacity), r.Notes is null ? "—" : I(r.Notes),
                }));
                Paragraph(html, s.Format("Label.ConsultedCivilSociety", s.YesNo(risk.ConsultedCivilSociety)));
                Paragraph(html, s.Format("Label.ConsultedMedia", s.YesNo(risk.ConsultedMedia)));
                break;
            case ActionPrioritisationContent actions:
                Table(html, [s["Column.Priority"], s["Column.Action"], s["Column.Scope"], s["Column.Restraint"], s["Column.RiskFactors"], s["Column.Lead"], s["Column.Period"]], (actions.Actions ?? []).OrderBy(a => a.Priority).Select(a => new[]
                {
                    a.Priority is int p ? s.Count(p) : "—", a.Title is null ? "—" : I(a.Title), Word(s, a.Scope), a.Restraint is null ? "—" : s.Restraint(a.Restraint),
                    string.Join(", ", a.RiskFactors ?? []), a.LeadInstitution is null ? "—" : I(a.LeadInstitution), s.Format("Period", s.Date(a.Start), s.Date(a.End)),
                }));
                break;
            case OfficialTrainingContent training:
                Table(html, [s["Column.Audience"], t["Column.Topics"], s["Column.Planned"], t["Column.Sessions"]], (training.Programmes ?? []).Select(p => new[]
                {
                    Word(s, p.Audience), string.Join(", ", (p.Topics ?? []).Select(topic => t.Words(topic))), p.PlannedParticipants is int n ? s.Count(n) : "—",
                    string.Join("; ", (p.Sessions ?? []).Select(session => t.Format("SessionHeld", s.Date(session.Date), session.Participants is int c ? s.Count(c) : "—"))),
                }));
                break;
            case ResourceMobilisationContent resources:
                Table(html, [s["Column.Source"], t["Column.Description"], s["Column.Amount"], s["Column.Currency"], s["Column.Status"], t["Column.LinkedActions"]], (resources.Resources ?? []).Select(r => new[]
                {
                    Word(s, r.Source), r.Description is null ? "—" : I(r.Description), r.Amount is decimal amount ? s.Amount(amount) : "—", r.Currency ?? "—", Word(s, r.Status),
                    string.Join(", ", (r.LinkedActionPriorities ?? []).Select(p => s.Count(p))),
                }));
                Paragraph(html, s.Format("Label.NationalPriority", s.YesNo(resources.PoliticalSupport?.DeclaredNationalPriority)));
                Paragraph(html, s["Label.Legislative"]);
                List(html, s, (resources.PoliticalSupport?.LegislativeEngagement ?? []).Select(e => $"{s.Date(e.Date)}, {(e.Kind is { } kind ? s.Words(kind) : s["Engagement"])}: {I(e.Description)}"));
                Paragraph(html, t["Label.Partners"]);
                List(html, s, (resources.Partners ?? []).Select(p => $"{(p.Kind is { } kind ? s.Words(kind) : s["Partner"])}: {I(p.Name)}"));
                break;
        }
    }

    private static void PeerReviews(StringBuilder html, RecordText t, IReadOnlyList<RecordPeerReview> peerReviews)
    {
        SummaryText s = t.Summary;
        html.Append("<h2>").Append(E(t["Heading.PeerReviews"])).Append("</h2>");
        if (peerReviews.Count == 0)
        {
            Paragraph(html, t["NoPeerReviews"]);
        }

        foreach (RecordPeerReview review in peerReviews)
        {
            html.Append("<h3>").Append(E(t.Format("Session", I(review.Session.Title), s.Date(review.Session.Date), review.Session.CycleId))).Append("</h3>");
            if (review.Recommendations.Count == 0)
            {
                Paragraph(html, t["NoRecommendations"]);
            }
            else
            {
                Table(html, [t["Column.Number"], s["Column.Recommendation"], s["Column.Status"], s["Column.FollowUpBy"], s["Column.Implementation"]], review.Recommendations.Select(r => new[]
                {
                    s.Count(r.Number), I(r.Text), s.Words(r.Status), s.Date(r.FollowUpBy), Implementation(t, r.Progress),
                }));
            }

            if (review.Response is { } response)
            {
                Paragraph(html, t.Format("Label.Response", t.Date(response.RespondedUtc)));
                html.Append("<blockquote dir=\"auto\">").Append(E(response.Text)).Append("</blockquote>");
            }
            else
            {
                Paragraph(html, t["NoResponse"]);
            }
        }
    }

    private static void GoodPractice(StringBuilder html, RecordText t, IReadOnlyList<GoodPracticeEntry> entries)
    {
        SummaryText s = t.Summary;
        html.Append("<h2>").Append(E(t["Heading.GoodPractice"])).Append("</h2>");
        if (entries.Count == 0)
        {
            Paragraph(html, t["NoGoodPractice"]);
            return;
        }

        Table(html, [t["Column.Cycle"], s["Column.Step"], t["Column.Item"], t["Column.WhatWorked"], t["Column.WhatDidNotWork"], t["Column.Offered"]], entries.Select(e => new[]
        {
            e.CycleId, s.StepTitle(e.Step), $"{t.Words(e.Item.Kind)}: {(e.Item.Title is { } title ? I(title) : null) ?? (e.Item.Audience is { } audience ? s.Words(audience) : "—")}",
            I(e.WhatWorked), e.WhatDidNotWork is null ? "—" : I(e.WhatDidNotWork), t.Date(e.OfferedUtc),
        }));
    }

    /// <summary>What the country declared of a recommendation's implementation, when, and its note.</summary>
    private static string Implementation(RecordText t, ProgressDeclaration? declared) =>
        declared is null
            ? t.Summary.Implementation(null)
            : $"{t.Summary.Implementation(declared.Progress)} ({t.Date(declared.DeclaredUtc)}){(declared.Note is { } note ? $": {I(note)}" : string.Empty)}";

    private static string I(string? text) => Bidi.Isolate(text);

    private static string Word(SummaryText s, Enum? value) => value is null ? "—" : s.Words(value);

    private static void Table(StringBuilder html, string[] columns, IEnumerable<string[]> rows)
    {
        html.Append("<table><tr>").Append(string.Concat(columns.Select(c => $"<th>{E(c)}</th>"))).Append("</tr>");
        int count = 0;
        foreach (string[] row in rows)
        {
            html.Append("<tr>").Append(string.Concat(row.Select(cell => $"<td>{E(cell)}</td>"))).Append("</tr>");
            count++;
        }

        if (count == 0)
        {
            html.Append("<tr><td colspan=\"").Append(columns.Length.ToString(CultureInfo.InvariantCulture)).Append("\">—</td></tr>");
        }

        html.Append("</table>");
    }

    private static void List(StringBuilder html, SummaryText s, IEnumerable<string> items)
    {
        string[] all = items.ToArray();
        html.Append("<ul>");
        foreach (string item in all.Length == 0 ? [s["NoneRecorded"]] : all)
        {
            html.Append("<li>").Append(E(item)).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void Paragraph(StringBuilder html, string text) => html.Append("<p>").Append(E(text)).Append("</p>");

    private static string E(string text) => SummaryEscaping.Html(text);
}
