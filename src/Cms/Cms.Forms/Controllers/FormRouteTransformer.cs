using Cms.Forms.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace Cms.Forms.Controllers;

/// <summary>
/// Maps a form's addresses to <see cref="FormController"/>: <c>/{Path}</c> and <c>/en/{PathEn}</c> (the form), and
/// <c>…/kvittering/{token}</c> or <c>…/receipt/{token}</c> (the receipt), <c>…/fortsaet/{token}</c> or <c>…/continue/{token}</c>
/// (a saved draft). Form paths are data (the content types' FormSettings), so they are matched here, before the content
/// pages' catch-all, from the shared definition. Asked for every public address: it stays a dictionary lookup
/// (<see cref="FormAddresses"/>).
/// </summary>
public sealed class FormRouteTransformer(FormAddresses forms) : DynamicRouteValueTransformer
{
    // Null (allowed by the routing, not by the signature's annotations) means: not a form address.
    public override async ValueTask<RouteValueDictionary> TransformAsync(HttpContext httpContext, RouteValueDictionary values)
    {
        var segments = (values["path"] as string ?? "").Trim('/').Split('/');
        var english = segments.Length > 1 && string.Equals(segments[0], "en", StringComparison.OrdinalIgnoreCase);
        var rest = english ? segments[1..] : segments;
        if (rest.Length is not (1 or 3) || rest[0].Length == 0)
        {
            return null!;
        }

        var type = await forms.FindAsync(httpContext, rest[0], english);
        if (type is null)
        {
            return null!;
        }

        var method = httpContext.Request.Method;
        if (rest.Length == 3)
        {
            var page = string.Equals(rest[1], english ? FormRoutes.ReceiptEn : FormRoutes.Receipt, StringComparison.OrdinalIgnoreCase) ? nameof(FormController.Receipt)
                : string.Equals(rest[1], english ? FormRoutes.ContinueEn : FormRoutes.Continue, StringComparison.OrdinalIgnoreCase) ? nameof(FormController.Resume)
                : null;
            return page is not null && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))
                ? new RouteValueDictionary { ["controller"] = "Form", ["action"] = page, ["contentType"] = type.Name, ["english"] = english, ["token"] = rest[2] }
                : null!;
        }

        var action = HttpMethods.IsPost(method) ? nameof(FormController.Post) : nameof(FormController.Show);
        return new RouteValueDictionary { ["controller"] = "Form", ["action"] = action, ["contentType"] = type.Name, ["english"] = english };
    }
}
