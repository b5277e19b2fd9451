using System.Globalization;
using System.Text.Json;
using FocalPoints.Api.Contracts;
using FocalPoints.Api.HandOver;
using FocalPoints.Api.Http;
using FocalPoints.Api.Summaries;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;
using FocalPoints.Infrastructure.Storage;
using FocalPoints.Workflow;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Handlers;

/// <summary>A country's strategy: its steps, drafts, submissions and reviews.</summary>
public sealed class StrategyHandlers(AccessControl access, ICycleStore cycles, IStepDocumentStore documents, IPeerReviewStore reviews, ApprovedStrategies approved, WorkflowHandOver handOver, TimeProvider time)
{
    public async Task<IResult> GetStrategyAsync(HttpContext http, string cycleId, string iso3)
    {
        (_, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: true, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        (StrategyProgress? progress, IResult? missing) = await FindAsync(cycleId, iso3, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        FollowUps earlier = await reviews.ListCountryFollowUpsAsync(iso3, http.RequestAborted);
        return Reply.Ok(new StrategyView(
            progress!.CycleId,
            progress.Country,
            progress.Status,
            progress.CurrentStep,
            progress.Steps.Select(s => new StepView(s.Step, s.Status, s.OpenedUtc, s.DueUtc, s.SubmittedVersions, s.LastReview)).ToArray(),
            new PeerReviewFollowUpsView(
                earlier.Recommendations.Where(r => r.CycleId != cycleId).ToArray(),
                earlier.Responses.Where(r => r.CycleId != cycleId).ToArray())));
    }

    public async Task<IResult> GetStepAsync(HttpContext http, string cycleId, string iso3, string step)
    {
        (_, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: true, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        (StrategyProgress? progress, StrategyStep parsed, IResult? missing) = await FindStepAsync(cycleId, iso3, step, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        StoredSubmission? submitted = await documents.GetSubmissionAsync(cycleId, iso3, parsed, progress![parsed].SubmittedVersions, http.RequestAborted);
        string? draft = await documents.GetDraftAsync(cycleId, iso3, parsed, http.RequestAborted);
        return Reply.Ok(new StepDocumentsView(
            cycleId,
            iso3,
            parsed,
            progress![parsed].Status,
            submitted is null ? null : Submitted(submitted),
            draft is null ? null : JsonDocument.Parse(draft).RootElement));
    }

    /// <summary>
    /// One submitted version of a step (versions are immutable), so two versions can be compared:
    /// 400 for a version that is not a positive whole number, 404 when there is no such version.
    /// </summary>
    public async Task<IResult> GetVersionAsync(HttpContext http, string cycleId, string iso3, string step, string version)
    {
        (_, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: true, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        if (!int.TryParse(version, NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1)
        {
            return Problems.Validation("version", $"'{version}' is not a version number (1, 2, ...).");
        }

        (StrategyProgress? progress, StrategyStep parsed, IResult? missing) = await FindStepAsync(cycleId, iso3, step, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        StoredSubmission? submitted = number > progress![parsed].SubmittedVersions ? null : await documents.GetSubmissionAsync(cycleId, iso3, parsed, number, http.RequestAborted);
        return submitted is null
            ? Problems.NotFound($"{parsed.Title()} of {iso3} has no submitted version {number}.")
            : Reply.Ok(Submitted(submitted));
    }

    public async Task<IResult> PutDraftAsync(HttpContext http, string cycleId, string iso3, string step)
    {
        (_, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: false, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        (StrategyProgress? progress, StrategyStep parsed, IResult? missing) = await FindStepAsync(cycleId, iso3, step, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        Parsed<StepContent> body = await JsonBody.ReadAsync(http.Request, json => StepContentJson.Parse(parsed, json), http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        ValidationErrors errors = StepContentValidator.ValidateDraft(body.Value!);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (progress!.Status != StrategyStatus.InProgress || progress[parsed].Status == StepStatus.Approved)
        {
            return Problems.Conflict($"{parsed.Title()} can no longer be changed.");
        }

        string json = StepContentJson.Serialize(body.Value!);
        await documents.PutDraftAsync(cycleId, iso3, parsed, json, http.RequestAborted);
        return Reply.Ok(JsonDocument.Parse(json).RootElement);
    }

    public async Task<IResult> SubmitAsync(HttpContext http, string cycleId, string iso3, string step, IStrategyWorkflows workflows)
    {
        (Caller? caller, IResult? problem) = await access.RequireCountryAsync(http, iso3, coordinatorsToo: false, http.RequestAborted);
        if (problem is not null)
        {
            return problem;
        }

        (StrategyProgress? progress, StrategyStep parsed, IResult? missing) = await FindStepAsync(cycleId, iso3, step, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        (string? key, IResult? badKey) = IdempotencyKey.Read(http.Request);
        if (badKey is not null)
        {
            return badKey;
        }

        Parsed<StepContent> body = await JsonBody.ReadAsync(http.Request, json => StepContentJson.Parse(parsed, json), http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        ValidationErrors errors = StepContentValidator.ValidateSubmission(body.Value!, await ApprovedBeforeAsync(progress!, parsed, http.RequestAborted));
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors, "The submission is not complete or not valid; see errors.");
        }

        // A retry with the same key is answered from the store even when the step has moved on.
        if (key is null && progress!.RefuseSubmission(parsed) is string refusal)
        {
            return Problems.Conflict(refusal);
        }

        SubmitOutcome outcome = await documents.SubmitAsync(
            new SubmitCommand(cycleId, iso3, parsed, StepContentJson.Serialize(body.Value!), key, caller!.Actor, time.GetUtcNow().UtcDateTime),
            http.RequestAborted);
        switch (outcome.Result)
        {
            case SubmitResult.Accepted:
            case SubmitResult.Duplicate:
                // Committed: the event is stored with the submission, so a failed raise here is retried
                // in the background (the answer stays 202). Raised again for a duplicate: if the first
                // attempt stopped before raising it, the workflow still hears; if not, it ignores a version it has seen.
                await handOver.DeliverAsync(
                    outcome.HandOver ?? new PendingWorkflowEvent(cycleId, iso3, parsed, outcome.Version, null, time.GetUtcNow().UtcDateTime),
                    workflows,
                    http.RequestAborted);
                return Reply.Accepted(new AcceptedView(cycleId, iso3, parsed, outcome.Version), $"/api/cycles/{cycleId}/countries/{iso3}/steps/{parsed.ToSlug()}");
            case SubmitResult.IdempotencyKeyReused:
                return Problems.Unprocessable(outcome.Reason!);
            default:
                return Problems.Conflict(outcome.Reason!);
        }
    }

    public async Task<IResult> ReviewAsync(HttpContext http, string cycleId, string iso3, string step, IStrategyWorkflows workflows)
    {
        if (access.RequireCoordinator(http) is IResult denied)
        {
            return denied;
        }

        (StrategyProgress? progress, StrategyStep parsed, IResult? missing) = await FindStepAsync(cycleId, iso3, step, http.RequestAborted);
        if (missing is not null)
        {
            return missing;
        }

        Parsed<ReviewInput> body = await JsonBody.ReadAsync<ReviewInput>(http.Request, http.RequestAborted);
        if (body.Problem is not null)
        {
            return body.Problem;
        }

        var errors = new ValidationErrors();
        ReviewInput review = body.Value!;
        if (review.Decision is null)
        {
            errors.Add("$.decision", "Required: approve or return.");
        }

        errors.CheckText("$.comments", review.Comments, required: review.Decision == ReviewDecision.Return);
        if (!errors.IsEmpty)
        {
            return Problems.Validation(errors);
        }

        if (progress!.RefuseReview(parsed) is string refusal)
        {
            return Problems.Conflict(refusal);
        }

        ReviewOutcome outcome = await documents.ReviewAsync(
            new ReviewCommand(cycleId, iso3, parsed, review.Decision!.Value, review.Comments?.Trim(), access.Identify(http).Caller!.Actor, time.GetUtcNow().UtcDateTime),
            http.RequestAborted);
        if (!outcome.Accepted)
        {
            return Problems.Conflict(outcome.Reason!);
        }

        await handOver.DeliverAsync(outcome.HandOver!, workflows, http.RequestAborted);
        return Reply.Accepted(new AcceptedView(cycleId, iso3, parsed, outcome.Version));
    }

    private static SubmittedView Submitted(StoredSubmission submitted) =>
        new(submitted.Version, submitted.SubmittedUtc, submitted.Actor, JsonDocument.Parse(submitted.ContentJson).RootElement);

    private async Task<ApprovedSteps> ApprovedBeforeAsync(StrategyProgress progress, StrategyStep step, CancellationToken ct) => step switch
    {
        StrategyStep.ActionPrioritisation => new ApprovedSteps(await approved.ApprovedAsync<RiskAssessmentContent>(progress, StrategyStep.RiskAssessment, ct), null),
        StrategyStep.ResourceMobilisation => new ApprovedSteps(null, await approved.ApprovedAsync<ActionPrioritisationContent>(progress, StrategyStep.ActionPrioritisation, ct)),
        _ => ApprovedSteps.None,
    };

    private async Task<(StrategyProgress? Progress, IResult? Problem)> FindAsync(string cycleId, string iso3, CancellationToken ct)
    {
        (Versioned<StrategyProgress>? progress, IResult? problem) = await CountryInCycle.FindAsync(cycles, cycleId, iso3, ct);
        return (progress?.Value, problem);
    }

    private async Task<(StrategyProgress? Progress, StrategyStep Step, IResult? Problem)> FindStepAsync(string cycleId, string iso3, string step, CancellationToken ct)
    {
        if (!StrategySteps.TryParseSlug(step, out StrategyStep parsed))
        {
            return (null, default, Problems.NotFound($"There is no step '{step}'; steps are risk-assessment, action-prioritisation, official-training and resource-mobilisation."));
        }

        (StrategyProgress? progress, IResult? problem) = await FindAsync(cycleId, iso3, ct);
        return (progress, parsed, problem);
    }
}
