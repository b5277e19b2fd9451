using System.Diagnostics.CodeAnalysis;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Strategies.Kinds;
using FocalPoints.Portal.Components.Versions;

namespace FocalPoints.Portal.Components.Steps;

/// <summary>
/// The portal's half of a step kind (declared in <see cref="PortalStepKinds"/>): the form made from
/// its content, the editor of that form, the read-only view of its content, and the ids its list
/// items carry (for names of fields such as "RF4 · Evidence").
/// </summary>
public sealed class PortalStepKind
{
    /// <summary>What the framework needs of a component type it creates (a public constructor, its parameters).</summary>
    internal const DynamicallyAccessedMemberTypes Component = DynamicallyAccessedMemberTypes.PublicConstructors | DynamicallyAccessedMemberTypes.PublicProperties;

    private readonly Func<StepContent?, IStepForm> form;
    private readonly Func<StepContent, string, int, string?> itemId;

    private PortalStepKind(
        StepKind kind,
        Func<StepContent?, IStepForm> form,
        [DynamicallyAccessedMembers(Component)] Type editor,
        [DynamicallyAccessedMembers(Component)] Type view,
        Func<StepContent, string, int, string?> itemId)
    {
        Kind = kind;
        this.form = form;
        Editor = editor;
        View = view;
        this.itemId = itemId;
    }

    public StepKind Kind { get; }

    /// <summary>The editor (a <see cref="StepEditor{TForm}"/> of the kind's form) <see cref="StepFormHost"/> renders.</summary>
    [DynamicallyAccessedMembers(Component)]
    public Type Editor { get; }

    /// <summary>The read-only view (a <see cref="ContentView{TContent}"/> of the kind's content) <see cref="StepContentView"/> renders.</summary>
    [DynamicallyAccessedMembers(Component)]
    public Type View { get; }

    /// <summary>
    /// Declares a kind's portal half; the types make the editor's form and the view's content those of the kind.
    /// </summary>
    /// <param name="kind">The domain's declaration of the kind.</param>
    /// <param name="form">The form from the kind's content (<c>null</c> when there is none yet).</param>
    /// <param name="itemId">The id of a list's item by list name and index (<c>riskFactors</c>, 3 → <c>RF4</c>), for kinds whose items have one.</param>
    public static PortalStepKind Of<TContent, TForm, [DynamicallyAccessedMembers(Component)] TEditor, [DynamicallyAccessedMembers(Component)] TView>(
        StepKind<TContent> kind, Func<TContent?, TForm> form, Func<TContent, string, int, string?>? itemId = null)
        where TContent : StepContent
        where TForm : IStepForm
        where TEditor : StepEditor<TForm>
        where TView : ContentView<TContent> =>
        new(kind, content => form(content as TContent), typeof(TEditor), typeof(TView), (content, list, index) => content is TContent typed ? itemId?.Invoke(typed, list, index) : null);

    /// <summary>The form of the step from its content (a draft, a submission, or nothing yet).</summary>
    public IStepForm Form(StepContent? content) => form(content);

    /// <summary>The id of item <paramref name="index"/> of list <paramref name="list"/> in <paramref name="content"/>, when its items have ids.</summary>
    public string? ItemId(StepContent? content, string list, int index) => content is null ? null : itemId(content, list, index);
}
