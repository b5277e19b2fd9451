using System.Globalization;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Domain.Validation.Steps;

/// <summary>Step 3: programmes with an audience, topics and planned participants; sessions dated and counted.</summary>
public sealed class OfficialTrainingRules : StepContentRules<OfficialTrainingContent>
{
    public override bool ListsWithinCaps(OfficialTrainingContent content, ValidationErrors errors) =>
        errors.CheckCount("$.programmes", content.Programmes, ContentLimits.Programmes)
        && EachWithinCaps(content.Programmes, (p, i) =>
            errors.CheckCount($"$.programmes[{i}].topics", p.Topics, ContentLimits.TopicsPerProgramme)
            & errors.CheckCount($"$.programmes[{i}].sessions", p.Sessions, ContentLimits.SessionsPerProgramme));

    public override void CheckWellFormed(OfficialTrainingContent content, ValidationErrors errors)
    {
        for (int i = 0; i < (content.Programmes?.Count ?? 0); i++)
        {
            TrainingProgramme programme = content.Programmes![i];
            CheckCount(errors, $"$.programmes[{i}].plannedParticipants", programme.PlannedParticipants);

            for (int j = 0; j < (programme.Sessions?.Count ?? 0); j++)
            {
                CheckCount(errors, $"$.programmes[{i}].sessions[{j}].participants", programme.Sessions![j].Participants);
            }
        }
    }

    /// <summary>A number of people: not negative, not more than a national programme can hold.</summary>
    private static void CheckCount(ValidationErrors errors, string path, int? count)
    {
        if (count is < 0)
        {
            errors.Add(path, ValidationCodes.Negative, "Must not be negative.");
        }
        else if (count > NumberLimits.Participants)
        {
            errors.Add(path, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"At most {NumberLimits.Participants:N0}."), NumberLimits.Participants);
        }
    }

    public override void CheckComplete(OfficialTrainingContent content, ApprovedSteps approved, ValidationErrors errors)
    {
        IReadOnlyList<TrainingProgramme> programmes = content.Programmes ?? [];
        if (programmes.Count == 0)
        {
            errors.Add("$.programmes", ValidationCodes.ProgrammeNeeded, "At least one programme is needed.");
        }

        for (int i = 0; i < programmes.Count; i++)
        {
            TrainingProgramme programme = programmes[i];
            Require(errors, $"$.programmes[{i}].audience", programme.Audience);
            if ((programme.Topics?.Count ?? 0) == 0)
            {
                errors.Add($"$.programmes[{i}].topics", ValidationCodes.TopicNeeded, "At least one topic is needed.");
            }

            if (programme.PlannedParticipants is not > 0)
            {
                errors.Add($"$.programmes[{i}].plannedParticipants", ValidationCodes.MoreThanZero, "Must be more than 0.");
            }

            for (int j = 0; j < (programme.Sessions?.Count ?? 0); j++)
            {
                TrainingSession session = programme.Sessions![j];
                Require(errors, $"$.programmes[{i}].sessions[{j}].date", session.Date);
                Require(errors, $"$.programmes[{i}].sessions[{j}].participants", session.Participants);
            }
        }
    }
}
