using System.Security.Cryptography;
using System.Text;
using FocalPoints.Domain.Strategies;
using FocalPoints.Domain.Strategies.Content;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Domain.GoodPractice;

/// <summary>
/// What may be offered as good practice, and what the library still shows: only an item of an
/// approved step shared at network or public level (never confidential content), and only while
/// the step's approved content still shares it and still holds the item.
/// </summary>
public static class GoodPracticeRules
{
    /// <summary>The longest note, per field: short, as the issue asks.</summary>
    public const int NoteLength = 2000;

    /// <summary>The most sessions an entry is attached to.</summary>
    public const int SessionsPerEntry = 50;

    /// <summary>
    /// An entry for the item the input names, or <c>null</c> with <paramref name="errors"/> saying
    /// why: the step is not approved, its content is confidential, there is no such item, or the note
    /// is missing or too long.
    /// </summary>
    /// <param name="input">What the focal point sent (the caller checked they are the country's).</param>
    /// <param name="strategy">The country's strategy in the cycle.</param>
    /// <param name="approved">The approved content of the item's step, <c>null</c> when the step is not approved.</param>
    /// <param name="actor">Who offers it.</param>
    /// <param name="nowUtc">When.</param>
    /// <param name="errors">Where the faults are recorded.</param>
    /// <param name="approvedActions">The cycle's approved action prioritisation, which a resource's linked priorities name (see <see cref="GoodPracticeClassification"/>).</param>
    public static GoodPracticeEntry? Offer(GoodPracticeInput input, StrategyProgress strategy, StepContent? approved, string actor, DateTime nowUtc, ValidationErrors errors, ActionPrioritisationContent? approvedActions = null)
    {
        errors.CheckText("$.whatWorked", input.WhatWorked, NoteLength, required: true);
        errors.CheckText("$.whatDidNotWork", input.WhatDidNotWork, NoteLength);
        if (input.Language is null)
        {
            errors.Add("$.language", "Required: the language the note is written in (ar, zh, en, fr, ru, es).");
        }

        GoodPracticeItem? item = null;
        if (input.Kind is not GoodPracticeItemKind kind)
        {
            errors.Add("$.kind", "Required: action, trainingProgramme, resource or legislativeEngagement.");
        }
        else if (RefuseStep(strategy[GoodPracticeItems.StepOf(kind)], approved) is string refused)
        {
            errors.Add("$.kind", refused);
        }
        else
        {
            IReadOnlyList<GoodPracticeItem> items = GoodPracticeItems.In(approved, kind);
            if (input.Index is not int index || index < 0 || index >= items.Count)
            {
                errors.Add("$.index", $"The position of the item in the approved step, from 0 to {items.Count - 1}.");
            }
            else
            {
                item = GoodPracticeClassification.Classify(items[index], approved!, index, approvedActions, input, errors);
            }
        }

        return errors.IsEmpty && item is not null
            ? new GoodPracticeEntry(
                EntryIdOf(strategy.CycleId, strategy.Country, item),
                strategy.CycleId,
                strategy.Country,
                strategy.CountryName,
                strategy.RegionalGroup,
                GoodPracticeItems.StepOf(item.Kind),
                strategy[GoodPracticeItems.StepOf(item.Kind)].SubmittedVersions,
                item,
                input.WhatWorked!.Trim(),
                string.IsNullOrWhiteSpace(input.WhatDidNotWork) ? null : input.WhatDidNotWork.Trim(),
                input.Language!.Value,
                actor,
                nowUtc)
            : null;
    }

    /// <summary>
    /// Whether the library still shows <paramref name="entry"/>: its step is approved, and either the
    /// approved version is still the one it was offered from (immutable, and shared when offered), or
    /// <paramref name="approvedNow"/> (the newer approved content) is shared and still holds the item.
    /// </summary>
    public static bool IsShown(GoodPracticeEntry entry, StepProgress step, StepContent? approvedNow) =>
        step.Status == StepStatus.Approved
        && (step.SubmittedVersions == entry.Version
            || (approvedNow is not null
                && approvedNow.EffectiveSharing != Sharing.Confidential
                && GoodPracticeItems.In(approvedNow, entry.Item.Kind).Any(i => i.Key == entry.Item.Key)));

    /// <summary>Whether <see cref="IsShown"/> needs the step's approved content (a version newer than the entry's).</summary>
    public static bool NeedsContent(GoodPracticeEntry entry, StepProgress step) =>
        step.Status == StepStatus.Approved && step.SubmittedVersions != entry.Version;

    /// <summary>Attaches <paramref name="entry"/> to a session, within <see cref="SessionsPerEntry"/>.</summary>
    public static GoodPracticeEntry? Attach(GoodPracticeEntry entry, string sessionId, ValidationErrors errors)
    {
        GoodPracticeEntry attached = entry.AttachedTo(sessionId);
        if (attached.Sessions.Count > SessionsPerEntry)
        {
            errors.Add("$", ValidationCodes.TooMany, $"The entry is attached to the most sessions an entry is: {SessionsPerEntry}.", SessionsPerEntry, attached.Sessions.Count);
            return null;
        }

        return attached;
    }

    /// <summary>An entry's id from what it offers: the same item of the same country's cycle is offered once.</summary>
    public static string EntryIdOf(string cycleId, string country, GoodPracticeItem item) =>
        "gp-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', cycleId, country, item.Kind, item.Key))))[..16];

    private static string? RefuseStep(StepProgress step, StepContent? approved) =>
        step.Status != StepStatus.Approved || approved is null ? $"The step {step.Step.Title()} is not approved: only an approved step's items may be offered."
        : approved.EffectiveSharing == Sharing.Confidential ? $"The step {step.Step.Title()} is confidential: share it at network or public level to offer its items."
        : null;
}
