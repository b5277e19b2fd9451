using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace FocalPoints.Application.Configuration;

/// <summary>
/// Refuses, when the host starts, every key under a section that was renamed, naming the key and
/// where its setting is read now. Only the keys of a bound section are checked against its type, so
/// without this an old setting would be ignored in silence.
/// </summary>
/// <param name="Configuration">The host's configuration.</param>
/// <param name="Retired">The section's old name.</param>
/// <param name="Current">The section's name now.</param>
/// <param name="Renamed">A key's name now, given its old name.</param>
public sealed record RetiredSection<TOptions>(IConfiguration Configuration, string Retired, string Current, Func<string, string> Renamed) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        string[] failures = Configuration.GetSection(Retired).AsEnumerable(makePathsRelative: true)
            .Where(setting => setting.Value is not null)
            .Select(setting => $"{Retired}:{setting.Key} is no longer read: the setting is {Current}:{Renamed(setting.Key)}.")
            .Order(StringComparer.Ordinal)
            .ToArray();
        return failures.Length == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
