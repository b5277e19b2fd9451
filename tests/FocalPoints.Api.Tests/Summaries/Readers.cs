using System.Globalization;

namespace FocalPoints.Api.Tests.Summaries;

/// <summary>The reader cultures summaries are rendered for in these tests.</summary>
internal static class Readers
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
}
