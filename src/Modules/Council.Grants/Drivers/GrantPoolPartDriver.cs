using Cms.Contents.Fields;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Core.Localization;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Drivers;

/// <summary>
/// GrantPoolPart on the grant page: "Der er 59.800 kr. tilbage i puljen for 2027." when the secretariat chose to
/// show it (the pool page's "Vis restbeløb på siden"); nothing otherwise. It has nothing to edit.
/// </summary>
public sealed class GrantPoolPartDriver(
    GrantPoolPageState state,
    SiteTimeZone siteTime,
    TimeProvider clock,
    IHttpContextAccessor httpContext,
    IStringLocalizer<GrantStrings> T) : ContentPartDriver<GrantPoolPart>
{
    public override string EditorView => "~/Views/GrantPoolPart/Edit.cshtml";

    public override async ValueTask<ContentDisplay?> DisplayAsync(GrantPoolPart part, PartContext context, CancellationToken cancellationToken)
    {
        // Whatever it shows, the page follows the pool: a change evicts it.
        httpContext.HttpContext?.TagOutputCache(GrantPoolPageState.CacheTag);
        var year = siteTime.ToLocal(clock.GetUtcNow().UtcDateTime).Year;
        if (await state.RemainingToShowAsync(year, cancellationToken) is not { } remaining)
        {
            return null;
        }

        var text = T["There is {0} left in the pool for {1}.", GrantAmounts.Format(remaining), year].Value;
        var html = new HtmlContentBuilder().AppendHtml("<p class=\"grant-pool-remaining\">").Append(text).AppendHtml("</p>");
        return new ContentDisplay(text, html);
    }
}
