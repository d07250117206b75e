using Cms.Email.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Cms.Email.Workflows;

/// <summary>
/// Full addresses for links in mails. Mails are mostly written from the work queue, where no request says the site's
/// address, so <c>Email:BaseUrl</c> comes first; a request's own address is the fallback.
/// </summary>
public sealed class MailLinks(IOptions<EmailOptions> options, IHttpContextAccessor httpContext)
{
    public string BaseUrl()
    {
        if (!string.IsNullOrWhiteSpace(options.Value.BaseUrl))
        {
            return options.Value.BaseUrl.Trim().TrimEnd('/');
        }

        return httpContext.HttpContext?.Request is { Host.HasValue: true } request
            ? $"{request.Scheme}://{request.Host}{request.PathBase}"
            : "http://localhost";
    }

    /// <summary>The full address of a site path such as <c>/admin/tasks/42</c>; a full address stays as it is.</summary>
    public string Absolute(string path) =>
        Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" ? path : BaseUrl() + "/" + path.TrimStart('/');
}
