using FocalPoints.Application.Configuration;
using Microsoft.Extensions.Options;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// Configuration section <c>SelfHost:SignIn</c> (<c>SelfHost__SignIn__Authority</c>, <c>SelfHost__SignIn__Audience</c>):
/// the self-host validates bearer tokens itself, as App Service authentication does in front of the
/// Functions app, and a valid token's caller is believed in every environment. Neither set: no token
/// is read (Production then believes no caller at all, as before).
/// </summary>
public sealed class SignInOptions
{
    public const string Section = SelfHostOptions.Section + ":SignIn";

    /// <summary>
    /// The OpenID Connect issuer whose discovery document and keys sign the tokens (Entra ID:
    /// <c>https://login.microsoftonline.com/{tenant}/v2.0</c>). HTTPS, except on loopback (a provider on the same machine).
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The audience the tokens must be for: the API's app registration (its client id for Entra v2 tokens, or its app id URI).</summary>
    public string? Audience { get; set; }

    /// <summary>Whether sign-in is configured (both settings given; <see cref="SignInOptionsValidator"/> refuses one alone).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Whether the authority may be reached over plain HTTP: only on loopback.</summary>
    public bool AllowsHttpMetadata => Uri.TryCreate(Authority, UriKind.Absolute, out Uri? authority) && authority.IsLoopback;

    /// <summary>
    /// Section <see cref="Section"/> of <paramref name="configuration"/>, read before the host is built
    /// (it decides what the host registers); a misspelt key or a wrong value throws, naming the key.
    /// </summary>
    public static SignInOptions From(IConfiguration configuration)
    {
        var options = new SignInOptions();
        configuration.GetSection(Section).Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        return new SignInOptionsValidator().ValidateNow(options);
    }
}

/// <summary>Checks <see cref="SignInOptions"/>: both settings or neither, the authority an absolute HTTPS address (HTTP on loopback).</summary>
public sealed class SignInOptionsValidator : IValidateOptions<SignInOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        bool authority = !string.IsNullOrWhiteSpace(options.Authority);
        bool audience = !string.IsNullOrWhiteSpace(options.Audience);
        if (!authority && !audience)
        {
            return ValidateOptionsResult.Success;
        }

        List<string> failures = [];
        if (!authority)
        {
            failures.Add($"{SignInOptions.Section}:Authority must name the OpenID Connect issuer when {SignInOptions.Section}:Audience is set.");
        }
        else if (!Uri.TryCreate(options.Authority, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && !(uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
        {
            failures.Add($"{SignInOptions.Section}:Authority must be an absolute https:// address (http:// only on loopback).");
        }

        if (!audience)
        {
            failures.Add($"{SignInOptions.Section}:Audience must name the API's app registration (client id or app id URI) when {SignInOptions.Section}:Authority is set.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
