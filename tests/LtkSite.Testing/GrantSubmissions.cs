using System.Text.Json.Nodes;
using Cms.Contents.Services;
using Cms.Forms.Services;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Testing;

/// <summary>Grant applications stored as the public form stores them, with their private receipt address.</summary>
public static class GrantSubmissions
{
    public static Task<(string Id, string ReceiptUrl)> SubmitGrantApplicationAsync(this SiteFactory site, string title, string culture = "da-DK") =>
        site.WithScopeAsync(async services =>
        {
            var english = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            var form = await services.GetRequiredService<FormCatalog>().DescribeAsync("GrantApplication", english, CancellationToken.None)
                ?? throw new InvalidOperationException("The site has no GrantApplication form.");
            var item = await services.GetRequiredService<ContentManager>().NewAsync("GrantApplication");
            item.Content["GrantApplication"] = new JsonObject
            {
                ["ApplicantKind"] = new JsonObject { ["Values"] = new JsonArray("association") },
                ["ApplicantName"] = new JsonObject { ["Text"] = "Amina Hassan" },
                ["Email"] = new JsonObject { ["Email"] = "amina@example.org" },
                ["PreferredLanguage"] = new JsonObject { ["Values"] = new JsonArray(english ? "en" : "da") },
                ["ProjectTitle"] = new JsonObject { ["Text"] = title },
                ["StartDate"] = new JsonObject { ["Value"] = "2027-05-15" },
            };
            item.Content["GrantBudgetPart"] = new JsonObject
            {
                ["BudgetLines"] = new JsonArray(new JsonObject { ["Item"] = "Leje af lokale", ["Amount"] = 8000 }),
                ["AmountAppliedFor"] = 6000,
            };
            var receipt = await services.GetRequiredService<FormSubmissionService>().SubmitAsync(form, item, culture, draftId: null, CancellationToken.None);
            return (receipt.ContentItemId, form.ReceiptUrl(receipt.Token));
        });
}
