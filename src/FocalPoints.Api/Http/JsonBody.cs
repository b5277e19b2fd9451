using System.Text.Json;
using FocalPoints.Application.Common;
using FocalPoints.Application.Outcomes;
using FocalPoints.Domain;
using FocalPoints.Domain.Validation;
using Microsoft.AspNetCore.Http;

namespace FocalPoints.Api.Http;

/// <summary>
/// Reads a JSON body under the API's rules: at most 256 KiB (<see cref="PayloadTooLarge"/> beyond),
/// sent as JSON (<see cref="UnsupportedMediaType"/> for another <c>Content-Type</c>, so that a page's
/// plain form post is not read as JSON), well-formed JSON of the expected shape, each name exactly
/// once and in its exact case (<see cref="Invalid"/> with the JSON path of the fault otherwise).
/// Handlers give it to a use case as its <see cref="Input{T}"/>, read when the use case reaches it.
/// </summary>
public static class JsonBody
{
    public static Task<Outcome<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class =>
        ReadAsync(request, json => JsonSerializer.Deserialize<T>(json.Span, DomainJson.Options), cancellationToken);

    public static async Task<Outcome<T>> ReadAsync<T>(HttpRequest request, Func<ReadOnlyMemory<byte>, T?> parse, CancellationToken cancellationToken)
        where T : class
    {
        if (request.ContentLength > TextLimits.MaxBodyBytes)
        {
            return new PayloadTooLarge(TextLimits.MaxBodyBytes);
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
            return new PayloadTooLarge(TextLimits.MaxBodyBytes);
        }

        if (length == 0)
        {
            return Invalid.At("$", "A JSON body is required.");
        }

        if (!request.HasJsonContentType())
        {
            return new UnsupportedMediaType();
        }

        try
        {
            T? value = parse(buffer.AsMemory(0, length));
            if (value is null)
            {
                return Invalid.At("$", "A JSON object is required.");
            }

            var errors = new ValidationErrors();
            NullElements.Check(value, "$", errors);
            return errors.IsEmpty ? value : new Invalid(errors);
        }
        catch (JsonException e)
        {
            return Invalid.At(e.Path ?? "$", Describe(e));
        }
    }

    // The serializer's messages name .NET types; say what a client can act on instead.
    private static string Describe(JsonException e) =>
        e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? "Unknown field (names are camelCase and match exactly)."
        : e.Message.Contains("Duplicate", StringComparison.Ordinal) ? "This field is given more than once."
        : e.Message.Contains("could not be converted", StringComparison.Ordinal) ? "Wrong type or value for this field."
        : "Malformed JSON.";
}
