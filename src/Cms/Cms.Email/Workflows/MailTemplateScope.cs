using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Core.Settings;
using Cms.Core.Text;
using Cms.Workflows.Activities;
using Fluid.Values;

namespace Cms.Email.Workflows;

/// <summary>
/// What a mail's templates see besides the workflow (<c>Input</c>, <c>Properties</c>, <c>Workflow</c>): <c>Site</c> (name,
/// base URL, languages, time zone) and, when the workflow is about a content item, <c>ContentItem</c> — its id, type, title,
/// owner and <c>AdminUrl</c>, never its fields, so a mail about a citizen's submission links to it instead of repeating it.
/// </summary>
public sealed class MailTemplateScope(SiteSettingsService settings, MailLinks links)
{
    /// <summary>The input content events give a workflow (Cms.Contents' ContentWorkflowInput), read by name: this module does not reference content.</summary>
    private static readonly string[] s_itemFields = ["ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Published", "Owner"];

    public async Task<MailScope> CreateAsync(ActivityContext context, CancellationToken cancellationToken)
    {
        var site = await settings.GetAsync(cancellationToken);
        var baseUrl = links.BaseUrl();
        var values = new Dictionary<string, FluidValue>(StringComparer.Ordinal)
        {
            ["Site"] = JsonFluidValues.Convert(new JsonObject
            {
                ["Name"] = site.SiteName,
                ["SiteName"] = site.SiteName,
                ["BaseUrl"] = baseUrl,
                ["DefaultCulture"] = site.DefaultCulture,
                ["SupportedCultures"] = new JsonArray(site.SupportedCultures.Select(c => (JsonNode?)c).ToArray()),
                ["TimeZoneId"] = site.TimeZoneId,
            }),
        };

        string? link = null;
        if (context.Input["ContentItemId"] is JsonValue id && id.GetValueKind() == JsonValueKind.String && id.GetValue<string>() is { Length: > 0 } contentItemId)
        {
            link = $"{baseUrl}/admin/content/{Uri.EscapeDataString(contentItemId)}/edit";
            var item = new JsonObject();
            foreach (var field in s_itemFields)
            {
                item[field] = context.Input[field]?.DeepClone();
            }

            item["AdminUrl"] = link;
            values["ContentItem"] = JsonFluidValues.Convert(item);
        }

        return new MailScope(values, link);
    }
}
