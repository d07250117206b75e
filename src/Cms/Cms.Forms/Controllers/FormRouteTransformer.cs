using Cms.Forms.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace Cms.Forms.Controllers;

/// <summary>
/// Maps a form's addresses to <see cref="FormController"/>: <c>/{Path}</c> and <c>/en/{PathEn}</c> (the form), and
/// <c>…/kvittering/{token}</c> or <c>…/receipt/{token}</c> (the receipt), <c>…/fortsaet/{token}</c> or <c>…/continue/{token}</c>
/// (a saved draft); a path may have two segments (<c>kontakt/skriv</c>). Form paths are data (the content types'
/// FormSettings), so they are matched here, before the content pages' catch-all, from the shared definition. Asked for
/// every public address: it stays a dictionary lookup (<see cref="FormAddresses"/>).
/// </summary>
public sealed class FormRouteTransformer(FormAddresses forms) : DynamicRouteValueTransformer
{
    /// <summary>A form's path has at most two segments, so longer addresses are no form's and cost no lookup.</summary>
    private const int MaxSegments = 4;

    // Null (allowed by the routing, not by the signature's annotations) means: not a form address.
    public override async ValueTask<RouteValueDictionary> TransformAsync(HttpContext httpContext, RouteValueDictionary values)
    {
        var segments = (values["path"] as string ?? "").Trim('/').Split('/');
        var english = segments.Length > 1 && string.Equals(segments[0], "en", StringComparison.OrdinalIgnoreCase);
        var rest = english ? segments[1..] : segments;
        if (rest.Length is 0 or > MaxSegments || rest[0].Length == 0)
        {
            return null!;
        }

        // The form's own pages are its path and two more segments: the page's name and a token.
        var page = rest.Length < 3 ? null
            : string.Equals(rest[^2], english ? FormRoutes.ReceiptEn : FormRoutes.Receipt, StringComparison.OrdinalIgnoreCase) ? nameof(FormController.Receipt)
            : string.Equals(rest[^2], english ? FormRoutes.ContinueEn : FormRoutes.Continue, StringComparison.OrdinalIgnoreCase) ? nameof(FormController.Resume)
            : null;
        var path = string.Join('/', page is null ? rest : rest[..^2]);
        var type = await forms.FindAsync(httpContext, path, english);
        if (type is null)
        {
            return null!;
        }

        var method = httpContext.Request.Method;
        if (page is not null)
        {
            return HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
                ? new RouteValueDictionary { ["controller"] = "Form", ["action"] = page, ["contentType"] = type.Name, ["english"] = english, ["token"] = rest[^1] }
                : null!;
        }

        var action = HttpMethods.IsPost(method) ? nameof(FormController.Post) : nameof(FormController.Show);
        return new RouteValueDictionary { ["controller"] = "Form", ["action"] = action, ["contentType"] = type.Name, ["english"] = english };
    }
}
