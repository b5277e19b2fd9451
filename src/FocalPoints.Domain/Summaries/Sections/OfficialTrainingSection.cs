using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Summaries.Sections;

/// <summary>Training in a summary: officials planned and trained per audience, and in all.</summary>
public static class OfficialTrainingSection
{
    public static TrainingSection Write(OfficialTrainingContent content, bool confidential)
    {
        AudienceReach[] reach = (content.Programmes ?? [])
            .Where(p => p.Audience is not null)
            .GroupBy(p => p.Audience!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new AudienceReach(g.Key, g.Sum(p => (long)(p.PlannedParticipants ?? 0)), g.Sum(p => (p.Sessions ?? []).Sum(s => (long)(s.Participants ?? 0)))))
            .ToArray();
        return new TrainingSection(confidential, reach, reach.Sum(r => r.Planned), reach.Sum(r => r.Trained));
    }
}
