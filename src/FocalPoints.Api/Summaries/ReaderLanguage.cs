using System.Globalization;
using FocalPoints.Domain.Framework;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FocalPoints.Api.Summaries;

/// <summary>
/// The language a summary is written in: the first of the request's <c>Accept-Language</c> (by quality)
/// that is one of the six UN languages, else English. The portal sends its own language (the one the
/// person chose) on every call, so a summary reads as the portal does.
/// </summary>
public static class ReaderLanguage
{
    public static CultureInfo Of(HttpRequest request)
    {
        IEnumerable<StringWithQualityHeaderValue> accepted = request.GetTypedHeaders().AcceptLanguage
            .OrderByDescending(a => a.Quality ?? 1);
        foreach (StringWithQualityHeaderValue tag in accepted)
        {
            string language = (tag.Value.Value ?? string.Empty).Split('-')[0].ToLowerInvariant();
            if (FrameworkTerms.Languages.Contains(language))
            {
                return CultureInfo.GetCultureInfo(language);
            }
        }

        return CultureInfo.GetCultureInfo("en");
    }
}
