using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;

namespace FocalPoints.Portal.Components.Steps;

/// <summary>
/// What a step's editor edits: a mutable model the controls bind to, made from the domain's content
/// (<c>From</c>) and turned back into it (<see cref="ToContent"/>) for the rules, drafts and submissions.
/// A step kind's form is declared with it (<see cref="PortalStepKinds"/>).
/// </summary>
public interface IStepForm
{
    Sharing Sharing { get; set; }

    StepContent ToContent();
}

/// <summary>What the forms share.</summary>
internal static class StepForms
{
    internal static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
