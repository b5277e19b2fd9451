using System.Globalization;
using FocalPoints.Contracts;
using FocalPoints.Domain.Cycles;
using FocalPoints.Domain.Network;
using FocalPoints.Portal.Api;
using FocalPoints.Portal.Auth;
using FocalPoints.Portal.Components.PeerReview;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace FocalPoints.Portal.Pages.Coordinator;

/// <summary>
/// Opening a cycle: its id and title, the directory's countries (all listed, with "select all" and
/// "select a regional group"), and a schedule chosen from presets people understand or given as
/// days and weeks; the API receives ISO 8601 durations.
/// </summary>
public partial class OpenCycle
{
    [Inject]
    private PortalApi Api { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IStringLocalizer<OpenCycle> T { get; set; } = default!;

    [CascadingParameter]
    public MeView? Me { get; set; }

    private readonly HashSet<string> chosen = new(StringComparer.Ordinal);
    private List<Member>? members;
    private Problem? loadProblem;
    private Problem? problem;
    private bool conflict;
    private string? sentCycleId;
    private string? cycleId;
    private string? title;
    private string preset = SchedulePresets.All[0].Key;
    private ScheduleChoice schedule = SchedulePresets.Get(SchedulePresets.All[0].Key);
    private bool busy;

    private bool IsCoordinator => Me is not null && SignedInUser.IsCoordinator(Me);

    /// <summary>The request the form sends: the chosen countries in the directory's order and the schedule in ISO 8601.</summary>
    public static CycleInput Request(string? cycleId, string? title, IEnumerable<string> countries, ScheduleChoice schedule) =>
        new(cycleId?.Trim(), title?.Trim(), countries.ToArray(), schedule.ToInput());

    protected override async Task OnInitializedAsync()
    {
        if (!IsCoordinator)
        {
            return;
        }

        ApiResult<MembersView> result = await Api.ListMembersAsync();
        loadProblem = result.Problem;
        members = result.Value?.Members.ToList();
    }

    private void SelectAll() => chosen.UnionWith(members!.Select(m => m.Iso3));

    private void SelectGroup(RegionalGroup group) => chosen.UnionWith(members!.Where(m => m.RegionalGroup == group).Select(m => m.Iso3));

    private void Toggle(string iso3, bool on)
    {
        if (on)
        {
            chosen.Add(iso3);
        }
        else
        {
            chosen.Remove(iso3);
        }
    }

    private void ChoosePreset(string key)
    {
        // Custom starts from the schedule shown so far, so a person adjusts rather than starts over.
        schedule = key == SchedulePresets.Custom ? schedule.Copy() : SchedulePresets.Get(key);
        preset = key;
    }

    private async Task OpenAsync()
    {
        busy = true;
        conflict = false;
        try
        {
            string[] countries = members!.Select(m => m.Iso3).Where(chosen.Contains).ToArray();
            CycleInput input = Request(cycleId, title, countries, schedule);
            sentCycleId = input.CycleId;
            ApiResult<OpenedCycleView> result = await Api.OpenCycleAsync(input);
            problem = result.Problem;
            if (result.Ok)
            {
                Navigation.NavigateTo($"/network?cycle={Uri.EscapeDataString(input.CycleId!)}");
                return;
            }

            conflict = problem!.Status == 409;
            if (problem.Errors is { } errors && errors.Keys.Any(k => k.StartsWith("$.schedule.", StringComparison.Ordinal)))
            {
                // A preset is always valid; show the durations the server refused.
                preset = SchedulePresets.Custom;
            }
        }
        finally
        {
            busy = false;
        }
    }

    private static int ParseAmount(object? value) =>
        int.TryParse(value as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out int amount) ? amount : 0;

    private static bool IsPlaced(string path) =>
        path is "$.cycleId" or "$.title" or "$.schedule"
        || path == "$.countries" || path.StartsWith("$.countries[", StringComparison.Ordinal)
        || path.StartsWith("$.schedule.", StringComparison.Ordinal);

    private string? Invalid(string path) => ProblemErrors.Has(problem, path) ? "invalid" : null;

    private string? AriaInvalid(string path) => ProblemErrors.Has(problem, path) ? "true" : null;

    private string DescribedBy(string path, string hintId, string errorId) => ProblemErrors.Has(problem, path) ? $"{hintId} {errorId}" : hintId;
}
