using System.Net;
using Microsoft.AspNetCore.Components.WebAssembly.Authentication;

namespace FocalPoints.Portal.Auth;

/// <summary>
/// No access token could be had without the person (nobody signed in, or the session ended and a
/// silent renewal failed): the call answers 401, as the API would, so the layout shows its sign-in
/// prompt (whose link signs in and comes back) instead of the page failing.
/// </summary>
public sealed class TokenUnavailableHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(request, cancellationToken);
        }
        catch (AccessTokenNotAvailableException)
        {
            return new HttpResponseMessage(HttpStatusCode.Unauthorized) { RequestMessage = request };
        }
    }
}
