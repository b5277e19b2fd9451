using FocalPoints.Domain.Strategies;
using FocalPoints.Portal.Components.Forms;
using Microsoft.AspNetCore.Components;

namespace FocalPoints.Portal.Components.Steps;

/// <summary>
/// What every step's editor takes; <see cref="StepFormHost"/> renders the step kind's editor
/// (<see cref="PortalStepKind.Editor"/>) with these parameters.
/// </summary>
/// <typeparam name="TForm">The form the editor edits.</typeparam>
public abstract class StepEditor<TForm> : ComponentBase
    where TForm : IStepForm
{
    [Parameter, EditorRequired]
    public TForm Model { get; set; } = default!;

    [Parameter]
    public FieldErrors Errors { get; set; } = FieldErrors.None;

    /// <summary>A field changed (its JSON path, or empty).</summary>
    [Parameter]
    public EventCallback<string> Edited { get; set; }

    /// <summary>The approved earlier steps the step's rules refer to (<c>StepKind.Needs</c>).</summary>
    [Parameter]
    public ApprovedSteps Approved { get; set; } = ApprovedSteps.None;
}
