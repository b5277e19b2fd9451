namespace FocalPoints.Domain.Strategies.Content;

public enum TrainingAudience
{
    SecuritySector,
    Judiciary,
    DiplomaticService,
    Legislators,
    LocalGovernment,
    CivilService,
    Media,
}

public enum TrainingTopic
{
    FrameworkOfAnalysis,
    InternationalHumanitarianLaw,
    EarlyWarning,
    HateSpeech,
    TransitionalJustice,
    HumanRights,
}

/// <summary>Step 3: training of the officials concerned.</summary>
public sealed record OfficialTrainingContent(IReadOnlyList<TrainingProgramme>? Programmes, Sharing? Sharing) : StepContent(Sharing);

public sealed record TrainingProgramme(
    TrainingAudience? Audience,
    IReadOnlyList<TrainingTopic>? Topics,
    int? PlannedParticipants,
    IReadOnlyList<TrainingSession>? Sessions);

public sealed record TrainingSession(DateOnly? Date, int? Participants);
