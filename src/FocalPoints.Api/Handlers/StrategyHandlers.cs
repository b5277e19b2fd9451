using System.Text.Json;
using FocalPoints.Api.Http;
using FocalPoints.Application.Ports;
using FocalPoints.Application.Strategies;
using FocalPoints.Contracts;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace FocalPoints.Api.Handlers;

/// <summary>A country's strategy: its steps, drafts, submissions and reviews, mapped to the use cases.</summary>
public sealed class StrategyHandlers(
    CallerOptions callers,
    ReadStrategy readStrategy,
    ReadStep readStep,
    ReadStepVersion readVersion,
    SaveDraft saveDraft,
    SubmitStep submitStep,
    ReviewStep reviewStep)
{
    public async Task<Results<Ok<StrategyView>, ProblemHttpResult>> GetStrategyAsync(HttpContext http, string cycleId, string iso3) =>
        (await readStrategy.ExecuteAsync(callers.Read(http), cycleId, iso3, http.RequestAborted)).ToResult(s => TypedResults.Ok(new StrategyView(
            s.Progress.CycleId,
            s.Progress.Country,
            s.Progress.Status,
            s.Progress.CurrentStep,
            s.Progress.Steps.Select(step => new StepView(step.Step, step.Status, step.OpenedUtc, step.DueUtc, step.SubmittedVersions, step.LastReview)).ToArray(),
            s.EarlierCycles)));

    public async Task<Results<Ok<StepDocumentsView>, ProblemHttpResult>> GetStepAsync(HttpContext http, string cycleId, string iso3, string step) =>
        (await readStep.ExecuteAsync(callers.Read(http), cycleId, iso3, step, http.RequestAborted)).ToResult(d => TypedResults.Ok(new StepDocumentsView(
            cycleId,
            iso3,
            d.Step,
            d.Progress[d.Step].Status,
            d.Submitted is null ? null : Submitted(d.Submitted),
            d.DraftJson is null ? null : JsonDocument.Parse(d.DraftJson).RootElement)));

    /// <summary>One submitted version of a step (versions are immutable), so two versions can be compared.</summary>
    public async Task<Results<Ok<SubmittedView>, ProblemHttpResult>> GetVersionAsync(HttpContext http, string cycleId, string iso3, string step, string version) =>
        (await readVersion.ExecuteAsync(callers.Read(http), cycleId, iso3, step, version, http.RequestAborted)).ToResult(s => TypedResults.Ok(Submitted(s)));

    /// <summary>The draft as stored (the step's content).</summary>
    public async Task<Results<Ok<JsonElement>, ProblemHttpResult>> PutDraftAsync(HttpContext http, string cycleId, string iso3, string step) =>
        (await saveDraft.ExecuteAsync(new SaveDraftCommand(callers.Read(http), cycleId, iso3, step, Content(http)), http.RequestAborted))
            .ToResult(json => TypedResults.Ok(JsonDocument.Parse(json).RootElement));

    public async Task<Results<Accepted<StepVersion>, ProblemHttpResult>> SubmitAsync(HttpContext http, string cycleId, string iso3, string step, IStrategyWorkflows workflows) =>
        (await submitStep.ExecuteAsync(new SubmitStepCommand(callers.Read(http), cycleId, iso3, step, IdempotencyKey.Read(http.Request), Content(http)), workflows, http.RequestAborted))
            .ToResult(v => TypedResults.Accepted(ApiRoutes.Step.Path(v.CycleId, v.Country, v.Step), v));

    public async Task<Results<Accepted<StepVersion>, ProblemHttpResult>> ReviewAsync(HttpContext http, string cycleId, string iso3, string step, IStrategyWorkflows workflows) =>
        (await reviewStep.ExecuteAsync(new ReviewStepCommand(callers.Read(http), cycleId, iso3, step, ct => JsonBody.ReadAsync<ReviewInput>(http.Request, ct)), workflows, http.RequestAborted))
            .ToResult(v => TypedResults.Accepted((string?)null, v));

    /// <summary>The body as the content of the step the use case found (its shape depends on the step).</summary>
    private static StepInput Content(HttpContext http) =>
        (step, ct) => JsonBody.ReadAsync(http.Request, json => StepContentJson.Parse(step, json), ct);

    private static SubmittedView Submitted(StoredSubmission submitted) =>
        new(submitted.Version, submitted.SubmittedUtc, submitted.Actor, JsonDocument.Parse(submitted.ContentJson).RootElement);
}
