using System.Globalization;
using FocalPoints.Domain.Framework;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Portal.Localization;
using Microsoft.AspNetCore.Components;

namespace FocalPoints.Portal.Components.Versions;

/// <summary>
/// A step kind's content, read only (<see cref="Steps.PortalStepKind.View"/>), and how its values read:
/// <see cref="StepContentView"/> renders it. The views share <c>StepContentView.razor.css</c> (one CSS
/// scope, set in the project file).
/// </summary>
/// <typeparam name="TContent">The kind's content.</typeparam>
public abstract class ContentView<TContent> : ComponentBase
    where TContent : StepContent
{
    [Parameter, EditorRequired]
    public TContent Content { get; set; } = default!;

    [Inject]
    private Vocabulary Vocabulary { get; set; } = default!;

    protected string Word(Enum? value) => value is null ? "—" : Vocabulary[value];

    protected string Framework(string? id) => id is null ? "—" : RiskFactors.Find(id) is not null || Restraints.Find(id) is not null ? Vocabulary.FrameworkWithId(id) : id;

    protected string YesNo(bool? value) => value switch
    {
        true => Vocabulary["Yes"],
        false => Vocabulary["No"],
        null => "—",
    };

    protected static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";
}
