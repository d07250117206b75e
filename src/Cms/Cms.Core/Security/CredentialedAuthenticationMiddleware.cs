using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Cms.Core.Security;

/// <summary>
/// The framework's authentication, run only for a request that can carry a sign-in (a cookie or an Authorization
/// header). The site signs in with cookies alone and has no remote sign-in callbacks, so a request without either is
/// anonymous whatever the handlers would say; skipping them spares a cached public page its largest piece of our own
/// work (a cookie handler made and initialised per request). Challenges and forbids still go through the
/// authentication service, which does not need this middleware.
/// </summary>
public sealed class CredentialedAuthenticationMiddleware(RequestDelegate next, IAuthenticationSchemeProvider schemes)
{
    /// <summary>The key by which <c>UseAuthentication</c> tells the host not to add the middleware a second time.</summary>
    public const string AuthenticationSetKey = "__AuthenticationMiddlewareSet";

    private readonly AuthenticationMiddleware _authentication = new(next, schemes);

    public Task InvokeAsync(HttpContext context) =>
        context.Request.Headers.Cookie.Count > 0 || context.Request.Headers.Authorization.Count > 0
            ? _authentication.Invoke(context)
            : next(context);
}
