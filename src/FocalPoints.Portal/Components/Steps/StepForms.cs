using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Portal.Components.Steps;

/// <summary>
/// What a step's editor edits: a mutable model the controls bind to, made from the domain's content
/// (<c>From</c>) and turned back into it (<see cref="ToContent"/>) for the rules, drafts and submissions.
/// </summary>
public interface IStepForm
{
    Sharing Sharing { get; set; }

    StepContent ToContent();
}

/// <summary>The form of a step from its content (a draft, a submission, or nothing yet).</summary>
public static class StepForms
{
    public static IStepForm From(StrategyStep step, StepContent? content) => step switch
    {
        StrategyStep.RiskAssessment => RiskAssessmentForm.From(content as RiskAssessmentContent),
        StrategyStep.ActionPrioritisation => ActionPrioritisationForm.From(content as ActionPrioritisationContent),
        StrategyStep.OfficialTraining => OfficialTrainingForm.From(content as OfficialTrainingContent),
        StrategyStep.ResourceMobilisation => ResourceMobilisationForm.From(content as ResourceMobilisationContent),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    internal static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>Step 1: always the 14 factors and the 7 restraints, in Framework order.</summary>
public sealed class RiskAssessmentForm : IStepForm
{
    public List<RiskFactorRow> Factors { get; } = [];

    public List<RestraintRow> Restraints { get; } = [];

    public bool ConsultedCivilSociety { get; set; }

    public bool ConsultedMedia { get; set; }

    public Sharing Sharing { get; set; }

    public int RatedCount => Factors.Count(f => f.Rating is not null);

    public int AssessedRestraintCount => Restraints.Count(r => r.Capacity is not null);

    public static RiskAssessmentForm From(RiskAssessmentContent? content)
    {
        var form = new RiskAssessmentForm
        {
            ConsultedCivilSociety = content?.ConsultedCivilSociety ?? false,
            ConsultedMedia = content?.ConsultedMedia ?? false,
            Sharing = content?.EffectiveSharing ?? Sharing.Confidential,
        };
        foreach (RiskFactor factor in RiskFactors.All)
        {
            RiskFactorAssessment? given = content?.RiskFactors?.FirstOrDefault(f => f?.Id == factor.Id);
            form.Factors.Add(new RiskFactorRow(factor)
            {
                Rating = given?.Rating,
                Trend = given?.Trend,
                Indicators = [.. given?.Indicators ?? []],
                Evidence = given?.Evidence,
            });
        }

        foreach (Restraint restraint in Domain.Framework.Restraints.All)
        {
            ResilienceAssessment? given = content?.Resilience?.FirstOrDefault(r => r?.Restraint == restraint.Id);
            form.Restraints.Add(new RestraintRow(restraint) { Capacity = given?.Capacity, Notes = given?.Notes });
        }

        return form;
    }

    public StepContent ToContent() => new RiskAssessmentContent(
        Factors.Select(f => new RiskFactorAssessment(f.Factor.Id, f.Rating, f.Trend, f.Indicators.ToArray(), StepForms.Text(f.Evidence))).ToArray(),
        Restraints.Select(r => new ResilienceAssessment(r.Restraint.Id, r.Capacity, StepForms.Text(r.Notes))).ToArray(),
        ConsultedCivilSociety,
        ConsultedMedia,
        Sharing);
}

public sealed class RiskFactorRow(RiskFactor factor)
{
    public RiskFactor Factor { get; } = factor;

    public RiskRating? Rating { get; set; }

    public Trend? Trend { get; set; }

    public List<string> Indicators { get; set; } = [];

    public string? Evidence { get; set; }

    /// <summary>
    /// The indicators offered: the Framework's own (<c>n.1</c> to <c>n.k</c>, from the domain's vocabulary),
    /// plus any the content already names, so nothing a stored draft holds disappears from the form.
    /// </summary>
    public IReadOnlyList<string> IndicatorChoices =>
        Factor.Indicators.Select(i => i.Id)
            .Concat(Indicators)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
}

public sealed class RestraintRow(Restraint restraint)
{
    public Restraint Restraint { get; } = restraint;

    public Capacity? Capacity { get; set; }

    public string? Notes { get; set; }
}

/// <summary>Step 2: the actions in priority order (the first is priority 1).</summary>
public sealed class ActionPrioritisationForm : IStepForm
{
    public List<ActionRow> Actions { get; } = [];

    public Sharing Sharing { get; set; }

    public static ActionPrioritisationForm From(ActionPrioritisationContent? content)
    {
        var form = new ActionPrioritisationForm { Sharing = content?.EffectiveSharing ?? Sharing.Confidential };
        foreach (PrioritisedAction action in (content?.Actions ?? []).Where(a => a is not null).OrderBy(a => a.Priority ?? int.MaxValue))
        {
            form.Actions.Add(new ActionRow
            {
                Title = action.Title,
                Scope = action.Scope,
                Restraint = action.Restraint,
                RiskFactors = [.. action.RiskFactors ?? []],
                LeadInstitution = action.LeadInstitution,
                Start = action.Start,
                End = action.End,
            });
        }

        return form;
    }

    public void Add() => Actions.Add(new ActionRow());

    public void Remove(int index) => Actions.RemoveAt(index);

    /// <summary>Swaps an action with the one above or below; false at either end.</summary>
    public bool Move(int index, int by)
    {
        int target = index + by;
        if (index < 0 || index >= Actions.Count || target < 0 || target >= Actions.Count)
        {
            return false;
        }

        (Actions[index], Actions[target]) = (Actions[target], Actions[index]);
        return true;
    }

    public ActionPrioritisationContent Content() => new(
        Actions.Select((a, i) => new PrioritisedAction(StepForms.Text(a.Title), a.Scope, a.Restraint, a.RiskFactors.ToArray(), StepForms.Text(a.LeadInstitution), a.Start, a.End, i + 1)).ToArray(),
        Sharing);

    public StepContent ToContent() => Content();
}

public sealed class ActionRow
{
    /// <summary>Keeps each action's controls with it when the order changes.</summary>
    public Guid Key { get; } = Guid.NewGuid();

    public string? Title { get; set; }

    public ActionScope? Scope { get; set; }

    public string? Restraint { get; set; }

    public List<string> RiskFactors { get; set; } = [];

    public string? LeadInstitution { get; set; }

    public DateOnly? Start { get; set; }

    public DateOnly? End { get; set; }
}

/// <summary>Step 3: training programmes and their sessions.</summary>
public sealed class OfficialTrainingForm : IStepForm
{
    public List<ProgrammeRow> Programmes { get; } = [];

    public Sharing Sharing { get; set; }

    public static OfficialTrainingForm From(OfficialTrainingContent? content)
    {
        var form = new OfficialTrainingForm { Sharing = content?.EffectiveSharing ?? Sharing.Confidential };
        foreach (TrainingProgramme programme in (content?.Programmes ?? []).Where(p => p is not null))
        {
            var row = new ProgrammeRow
            {
                Audience = programme.Audience,
                Topics = [.. programme.Topics ?? []],
                PlannedParticipants = programme.PlannedParticipants,
            };
            row.Sessions.AddRange((programme.Sessions ?? []).Where(s => s is not null).Select(s => new SessionRow { Date = s.Date, Participants = s.Participants }));
            form.Programmes.Add(row);
        }

        return form;
    }

    public StepContent ToContent() => new OfficialTrainingContent(
        Programmes.Select(p => new TrainingProgramme(p.Audience, p.Topics.ToArray(), p.PlannedParticipants, p.Sessions.Select(s => new TrainingSession(s.Date, s.Participants)).ToArray())).ToArray(),
        Sharing);
}

public sealed class ProgrammeRow
{
    public Guid Key { get; } = Guid.NewGuid();

    public TrainingAudience? Audience { get; set; }

    public List<TrainingTopic> Topics { get; set; } = [];

    public int? PlannedParticipants { get; set; }

    public List<SessionRow> Sessions { get; } = [];
}

public sealed class SessionRow
{
    public Guid Key { get; } = Guid.NewGuid();

    public DateOnly? Date { get; set; }

    public int? Participants { get; set; }
}

/// <summary>Step 4: resources, political support and partners.</summary>
public sealed class ResourceMobilisationForm : IStepForm
{
    public List<ResourceRow> Resources { get; } = [];

    public bool DeclaredNationalPriority { get; set; }

    public List<EngagementRow> Engagements { get; } = [];

    public List<PartnerRow> Partners { get; } = [];

    public Sharing Sharing { get; set; }

    public static ResourceMobilisationForm From(ResourceMobilisationContent? content)
    {
        var form = new ResourceMobilisationForm
        {
            Sharing = content?.EffectiveSharing ?? Sharing.Confidential,
            DeclaredNationalPriority = content?.PoliticalSupport?.DeclaredNationalPriority ?? false,
        };
        form.Resources.AddRange((content?.Resources ?? []).Where(r => r is not null).Select(r => new ResourceRow
        {
            Source = r.Source,
            Description = r.Description,
            Amount = r.Amount,
            Currency = r.Currency,
            Status = r.Status,
            LinkedPriorities = [.. r.LinkedActionPriorities ?? []],
        }));
        form.Engagements.AddRange((content?.PoliticalSupport?.LegislativeEngagement ?? []).Where(e => e is not null).Select(e => new EngagementRow { Kind = e.Kind, Date = e.Date, Description = e.Description }));
        form.Partners.AddRange((content?.Partners ?? []).Where(p => p is not null).Select(p => new PartnerRow { Kind = p.Kind, Name = p.Name }));
        return form;
    }

    public StepContent ToContent() => new ResourceMobilisationContent(
        Resources.Select(r => new Resource(r.Source, StepForms.Text(r.Description), r.Amount, StepForms.Text(r.Currency)?.Trim().ToUpperInvariant(), r.Status, r.LinkedPriorities.Order().ToArray())).ToArray(),
        new PoliticalSupport(DeclaredNationalPriority, Engagements.Select(e => new LegislativeEngagement(e.Kind, e.Date, StepForms.Text(e.Description))).ToArray()),
        Partners.Select(p => new Partner(p.Kind, StepForms.Text(p.Name))).ToArray(),
        Sharing);
}

public sealed class ResourceRow
{
    public Guid Key { get; } = Guid.NewGuid();

    public ResourceSource? Source { get; set; }

    public string? Description { get; set; }

    public decimal? Amount { get; set; }

    public string? Currency { get; set; }

    public ResourceStatus? Status { get; set; }

    public List<int> LinkedPriorities { get; set; } = [];
}

public sealed class EngagementRow
{
    public Guid Key { get; } = Guid.NewGuid();

    public LegislativeKind? Kind { get; set; }

    public DateOnly? Date { get; set; }

    public string? Description { get; set; }
}

public sealed class PartnerRow
{
    public Guid Key { get; } = Guid.NewGuid();

    public PartnerKind? Kind { get; set; }

    public string? Name { get; set; }
}
