using System.Text.Json;
using FocalPoints.Application.Access;
using FocalPoints.Application.Cycles;
using FocalPoints.Application.Outcomes;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Ports;
using FocalPoints.Domain.GoodPractice;
using FocalPoints.Domain.Network;
using FocalPoints.Domain.Records;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Application.Records;

/// <summary>
/// A country's own record (<see cref="CountryRecord"/>): for the country's own focal points, and for the
/// coordinators, who already read every version of every country's steps, confidential ones included, to
/// review them. Nobody else: another country's focal point or a peer reviewer is refused before anything
/// of the country is read. People are named as the reader may see them (<see cref="TimelineReader"/>,
/// <see cref="PeerReviewReader"/>): a focal point reads "coordinator" where a coordinator acted.
/// Reads: the directory entry (and, for a focal point, the access check's and the coordinators'), the
/// cycle rows, one query per cycle the country took part in, the country's follow-ups partition, the
/// sessions and the good-practice partition: 5 + cycles for a coordinator, 7 + cycles for a focal point.
/// </summary>
public sealed class ReadCountryRecord(
    AccessControl access,
    IDirectoryStore directory,
    ICycleStore cycles,
    ICountryRecordReads reads,
    IPeerReviewStore reviews,
    IGoodPracticeStore goodPractice,
    TimeProvider time)
{
    public async Task<Outcome<CountryRecord>> ExecuteAsync(Caller? caller, string iso3, CancellationToken cancellationToken)
    {
        if (AccessControl.Identify(caller) is { Failure: { } unknown })
        {
            return unknown;
        }

        if (!UnMemberStates.IsMember(iso3))
        {
            return Invalid.At("iso3", $"'{iso3}' is not the ISO 3166-1 alpha-3 code of a UN Member State.");
        }

        if ((await access.RequireCountryAsync(caller, iso3, coordinatorsToo: true, cancellationToken)).Failure is { } denied)
        {
            return denied;
        }

        Member? member = await directory.GetMemberAsync(iso3, cancellationToken);
        CycleRecord[] taking = (await cycles.ListCyclesAsync(cancellationToken))
            .Where(c => c.Definition.Countries.Contains(iso3, StringComparer.Ordinal))
            .OrderBy(c => c.CreatedUtc)
            .ThenBy(c => c.Definition.CycleId, StringComparer.Ordinal)
            .ToArray();
        if (member is null && taking.Length == 0)
        {
            return new NotFound($"{iso3} is not in the network directory and took part in no cycle.");
        }

        (TimelineReader people, PeerReviewReader peerReviews) = await ReadersAsync(caller!, member, cancellationToken);
        var recordCycles = new List<RecordCycle>();
        foreach (CycleRecord cycle in taking)
        {
            if (await reads.ReadCountryAsync(cycle.Definition.CycleId, iso3, cancellationToken) is { } rows)
            {
                recordCycles.Add(Cycle(cycle, rows, people));
            }
        }

        FollowUps followUps = await reviews.ListCountryFollowUpsAsync(iso3, cancellationToken);
        RecordPeerReview[] sessions = (await reviews.ListSessionsAsync(cancellationToken))
            .Where(s => s.Countries.Contains(iso3, StringComparer.Ordinal))
            .OrderBy(s => s.Date)
            .ThenBy(s => s.SessionId, StringComparer.Ordinal)
            .Select(s => new RecordPeerReview(
                peerReviews.View(s),
                followUps.Recommendations.Where(r => r.SessionId == s.SessionId && r.Country == iso3).OrderBy(r => r.Number).ToArray(),
                followUps.Responses.Where(r => r.SessionId == s.SessionId && r.Country == iso3).Select(peerReviews.View).FirstOrDefault()))
            .ToArray();
        GoodPracticeEntry[] offered = (await goodPractice.ListAsync(cancellationToken))
            .Where(e => e.Country == iso3)
            .OrderBy(e => e.OfferedUtc)
            .Select(e => e with { OfferedBy = people.Person(e.OfferedBy, coordinatorsAct: false) })
            .ToArray();

        UnMemberStates.TryGet(iso3, out UnMemberState state);
        return new CountryRecord(CountryRecord.CurrentSchema, iso3, member?.Name ?? state.Name, member?.RegionalGroup ?? state.RegionalGroup, time.GetUtcNow().UtcDateTime, recordCycles, sessions, offered);
    }

    private async Task<(TimelineReader People, PeerReviewReader PeerReviews)> ReadersAsync(Caller caller, Member? member, CancellationToken cancellationToken)
    {
        if (caller.IsCoordinator)
        {
            return (TimelineReader.Coordinator, PeerReviewReader.Coordinator);
        }

        // A focal point reaches here only as one of the member's focal points.
        IEnumerable<Member> own = member is null ? [] : [member];
        TimelineReader people = TimelineReader.FocalPoint(
            member?.FocalPoints.Select(f => f.Email) ?? [],
            (await directory.GetCoordinatorsAsync(cancellationToken)).Select(c => c.Email));
        return (people, PeerReviewReader.For(caller, own));
    }

    private static RecordCycle Cycle(CycleRecord cycle, CountryCycleRows rows, TimelineReader people)
    {
        RecordStep[] steps = rows.Progress.Steps
            .Select(s => new RecordStep(
                s.Step,
                s.Status,
                s.OpenedUtc,
                s.DueUtc,
                rows.Submissions.Where(v => v.Step == s.Step).OrderBy(v => v.Version).Select(v => Version(v, rows.Reviews, people)).ToArray(),
                rows.Drafts.TryGetValue(s.Step, out string? draft) ? Json(draft) : null))
            .ToArray();
        return new RecordCycle(
            cycle.Definition.CycleId,
            cycle.Definition.Title,
            cycle.CreatedUtc,
            rows.Progress.Status,
            steps,
            rows.Timeline.OrderBy(e => e.AtUtc).Select(people.View).ToArray());
    }

    private static RecordVersion Version(StoredSubmission submitted, IReadOnlyList<StoredReview> reviews, TimelineReader people)
    {
        StoredReview? review = reviews.FirstOrDefault(r => r.Step == submitted.Step && r.Version == submitted.Version);
        StepStatus status = review?.Decision switch
        {
            ReviewDecision.Approve => StepStatus.Approved,
            ReviewDecision.Return => StepStatus.Returned,
            _ => StepStatus.Submitted,
        };
        return new RecordVersion(
            submitted.Version,
            StepContentJson.Parse(submitted.Step, submitted.ContentJson).EffectiveSharing,
            status,
            people.Person(submitted.Actor, coordinatorsAct: false),
            submitted.SubmittedUtc,
            Json(submitted.ContentJson),
            review is null ? null : review with { Actor = people.Person(review.Actor, coordinatorsAct: true) });
    }

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
