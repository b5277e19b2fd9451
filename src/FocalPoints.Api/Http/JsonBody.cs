using System.Text.Json;
using FocalPoints.Domain;
using FocalPoints.Domain.Validation;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>The parsed body of a request, or the problem response that refuses it.</summary>
public sealed record Parsed<T>(T? Value, IResult? Problem)
    where T : class;

/// <summary>
/// Reads a JSON body under the API's rules: at most 256 KiB (413 beyond), sent as JSON (415 for
/// another <c>Content-Type</c>, so that a page's plain form post is not read as JSON), well-formed
/// JSON of the expected shape, each name exactly once and in its exact case (400 with the JSON path
/// of the fault otherwise).
/// </summary>
public static class JsonBody
{
    public static Task<Parsed<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class =>
        ReadAsync(request, json => JsonSerializer.Deserialize<T>(json.Span, DomainJson.Options), cancellationToken);

    public static async Task<Parsed<T>> ReadAsync<T>(HttpRequest request, Func<ReadOnlyMemory<byte>, T?> parse, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > TextLimits.MaxBodyBytes)
        {
            return new Parsed<T>(null, Problems.TooLarge(TextLimits.MaxBodyBytes));
        }

        // Read one byte past the limit so that a body without Content-Length is caught too.
        byte[] buffer = new byte[TextLimits.MaxBodyBytes + 1];
        int length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
        }

        if (length > TextLimits.MaxBodyBytes)
        {
            return new Parsed<T>(null, Problems.TooLarge(TextLimits.MaxBodyBytes));
        }

        if (length == 0)
        {
            return new Parsed<T>(null, Problems.Validation("$", "A JSON body is required."));
        }

        if (!request.HasJsonContentType())
        {
            return new Parsed<T>(null, Problems.UnsupportedMediaType());
        }

        try
        {
            T? value = parse(buffer.AsMemory(0, length));
            if (value is null)
            {
                return new Parsed<T>(null, Problems.Validation("$", "A JSON object is required."));
            }

            var errors = new ValidationErrors();
            NullElements.Check(value, "$", errors);
            return errors.IsEmpty ? new Parsed<T>(value, null) : new Parsed<T>(null, Problems.Validation(errors));
        }
        catch (JsonException e)
        {
            return new Parsed<T>(null, Problems.Validation(e.Path ?? "$", Describe(e)));
        }
    }

    // The serializer's messages name .NET types; say what a client can act on instead.
    private static string Describe(JsonException e) =>
        e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "Unknown field (names are camelCase and match exactly)."
        : e.Message.Contains("Duplicate", StringComparison.Ordinal) ? "This field is given more than once."
        : e.Message.Contains("could not be converted", StringComparison.Ordinal) ? "Wrong type or value for this field."
        : "Malformed JSON.";
}
