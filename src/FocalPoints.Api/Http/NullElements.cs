using System.Collections;
using System.Reflection;
using FocalPoints.Domain;
using FocalPoints.Domain.Validation;

namespace FocalPoints.Api.Http;

/// <summary>
/// Finds <c>null</c> items in the lists of a parsed body (<c>"riskFactors":[null]</c>): JSON allows
/// them, the contract does not, and the rules further on must never meet one.
/// </summary>
public static class NullElements
{
    public static void Check(object? value, string path, ValidationErrors errors)
    {
        if (value is null || value is string || value.GetType().IsValueType)
        {
            return;
        }

        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                if (item is null)
                {
                    errors.Add($"{path}[{i}]", "Must not be null.");
                }
                else
                {
                    Check(item, $"{path}[{i}]", errors);
                }

                i++;
            }

            return;
        }

        foreach (PropertyInfo property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.GetMethod is not null && property.DeclaringType?.Namespace?.StartsWith("FocalPoints", StringComparison.Ordinal) == true)
            {
                Check(property.GetValue(value), $"{path}.{JsonNaming.CamelCase(property.Name)}", errors);
            }
        }
    }
}
