using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Testing.Builders;

/// <summary>Training programmes; by default one for the judiciary.</summary>
public sealed class OfficialTrainingBuilder : IStepContentBuilder<OfficialTrainingContent>
{
    private readonly List<TrainingProgramme> programmes =
        [new TrainingProgramme(TrainingAudience.Judiciary, [TrainingTopic.FrameworkOfAnalysis], 120, [new TrainingSession(new DateOnly(2027, 5, 10), 40)])];

    public OfficialTrainingBuilder OnlyProgramme(TrainingAudience? audience, TrainingTopic[]? topics, int? planned, params TrainingSession[] sessions)
    {
        programmes.Clear();
        programmes.Add(new TrainingProgramme(audience, topics, planned, sessions));
        return this;
    }

    public OfficialTrainingBuilder WithNoProgrammes()
    {
        programmes.Clear();
        return this;
    }

    public OfficialTrainingContent Build() => new(programmes.ToArray(), Sharing.Network);
}
