using System.Net;
using Bunit;
using FocalPoints.Portal.Components.Summaries;

namespace FocalPoints.Portal.Tests.Components.Summaries;

/// <summary>The API writes a summary in the portal's language: the portal says it on the request (<c>Accept-Language</c>).</summary>
public sealed class SummaryLanguageTests() : ApiAnsweringContext("fr-CA")
{
    [Fact]
    public void A_summary_is_asked_in_the_language_the_person_chose()
    {
        // Arrange
        RecordingApi api = Answer(HttpStatusCode.OK, "<!DOCTYPE html><h1>Sénégal</h1>", "text/html");

        // Act
        Render<SummaryFrame>(p => p.Add(c => c.Path, "api/cycles/c1/countries/SEN/summary").Add(c => c.Title, "Résumé"));

        // Assert
        Assert.Equal(["fr-CA"], api.Languages);
    }
}
