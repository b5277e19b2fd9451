using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace FocalPoints.SelfHost.Hosting;

/// <summary>
/// The self-host's own front door when <see cref="SignInOptions"/> are given: the standard JWT bearer
/// handler validates each token (signature against the authority's published keys, issuer, audience,
/// lifetime) and a valid one becomes <see cref="HttpContext.User"/>, which the API reads as its caller
/// (<see cref="Api.Http.CallerOptions.TrustSignedInUser"/>). An invalid token leaves no user: the API answers 401.
/// </summary>
public static class BearerSignIn
{
    public static IServiceCollection AddBearerSignIn(this IServiceCollection services, SignInOptions signIn)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(bearer =>
        {
            bearer.Authority = signIn.Authority;
            bearer.Audience = signIn.Audience;
            bearer.RequireHttpsMetadata = !signIn.AllowsHttpMetadata;

            // The claims as the token has them (roles, preferred_username, oid), as App Service passes them on.
            bearer.MapInboundClaims = false;
        });
        return services;
    }
}
