using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Portal.Components.Steps;

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
