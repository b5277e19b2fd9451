using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace FocalPoints.Application.Configuration;

/// <summary>
/// Checks for <see cref="IValidatableObject.Validate"/> on a settings type, whose messages name the key.
/// Not <c>[Range]</c>: the options validator generator copies it and drops its <c>ErrorMessage</c>
/// (dotnet/runtime#123137), so its message would name the property, not the setting.
/// </summary>
public static class Setting
{
    /// <summary><see cref="ValidationResult.Success"/>, or a failure "<paramref name="key"/> must be between ...".</summary>
    public static ValidationResult? Between<T>(string key, T value, T minimum, T maximum)
        where T : IComparable<T> =>
        value.CompareTo(minimum) >= 0 && value.CompareTo(maximum) <= 0
            ? ValidationResult.Success
            : new ValidationResult(string.Create(CultureInfo.InvariantCulture, $"{key} must be between {minimum} and {maximum}, not {value}."), [key[(key.LastIndexOf(':') + 1)..]]);

    /// <summary>The failures among <paramref name="checks"/>.</summary>
    public static IEnumerable<ValidationResult> Failures(params ValidationResult?[] checks) => checks.OfType<ValidationResult>();
}
