using Cms.Forms.Services;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Routing;

namespace Cms.Forms.Controllers;

/// <summary>
/// Maps a form's addresses to <see cref="FormController"/>: <c>/{Path}</c> and <c>/en/{PathEn}</c> (the form), and
/// <c>…/kvittering/{token}</c> or <c>…/receipt/{token}</c> (the receipt); a path may have two segments (<c>kontakt/skriv</c>). Form paths are data (the content types'
/// FormSettings), so they are matched here, before the content pages' catch-all, from the shared definition.
/// </summary>
public sealed class FormRouteTransformer(FormCatalog forms) : DynamicRouteValueTransformer
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

        // A form's path may have more than one segment (kontakt/skriv); its receipt is the path and two more.
        var receiptSegment = english ? FormRoutes.ReceiptEn : FormRoutes.Receipt;
        var isReceipt = rest.Length >= 3 && string.Equals(rest[^2], receiptSegment, StringComparison.OrdinalIgnoreCase);
        var path = string.Join('/', isReceipt ? rest[..^2] : rest);
        var type = await forms.FindByPathAsync(path, english, httpContext.RequestAborted);
        if (type is null)
        {
            return null!;
        }

        var method = httpContext.Request.Method;
        if (isReceipt)
        {
            return HttpMethods.IsGet(method) || HttpMethods.IsHead(method)
                ? new RouteValueDictionary { ["controller"] = "Form", ["action"] = nameof(FormController.Receipt), ["contentType"] = type.Name, ["english"] = english, ["token"] = rest[^1] }
                : null!;
        }

        var action = HttpMethods.IsPost(method) ? nameof(FormController.Post) : nameof(FormController.Show);
        return new RouteValueDictionary { ["controller"] = "Form", ["action"] = action, ["contentType"] = type.Name, ["english"] = english };
    }
}
