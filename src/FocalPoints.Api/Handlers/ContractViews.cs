using FocalPoints.Application.Cycles;
using FocalPoints.Application.PeerReviews;
using FocalPoints.Application.Ports;
using FocalPoints.Contracts;
using FocalPoints.Domain.PeerReviews;

namespace FocalPoints.Api.Handlers;

/// <summary>The application's records as the HTTP contract names them (the contract references the domain only).</summary>
internal static class ContractViews
{
    public static TimelineEventView ToView(this TimelineEntry e) => new(e.AtUtc, e.Kind, e.Step, e.Actor, e.Detail);

    public static OutboxMessageView ToView(this OutboxMessage m) =>
        new(m.Id, m.To, m.Moment, m.CycleId, m.Country, m.Step, m.Subject, m.Text, m.Html, m.CreatedUtc, m.Delivery, m.Error);

    public static PeerReviewSessionView ToView(this PeerReviewSessionEntry s) =>
        new(s.SessionId, s.Title, s.Date, s.CycleId, s.Countries, s.RegionalGroup, s.Reviewers, s.ReviewerCount, s.CreatedUtc);

    public static CountryResponseView ToView(this CountryResponseEntry r) => new(r.SessionId, r.CycleId, r.Country, r.Text, r.Actor, r.RespondedUtc);

    public static CountryResponseView ToView(this CountryResponse r) => new(r.SessionId, r.CycleId, r.Country, r.Text, r.Actor, r.RespondedUtc);

    public static PeerReviewFollowUpsView ToView(this FollowUpsEntry f) => new(f.Recommendations, f.Responses.Select(ToView).ToArray());
}
