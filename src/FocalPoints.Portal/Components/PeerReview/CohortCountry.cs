using FocalPoints.Domain.Network;

namespace FocalPoints.Portal.Components.PeerReview;

/// <summary>A country of the cycle a session reviews, as the cohort chooser lists it.</summary>
public sealed record CohortCountry(string Iso3, string Name, RegionalGroup? RegionalGroup);
