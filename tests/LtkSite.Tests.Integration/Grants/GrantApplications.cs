using System.Text.Json.Nodes;
using Cms.Contents.Services;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

/// <summary>Applications saved through the content manager, as the public form will save them.</summary>
public static class GrantApplications
{
    public static Task<string> CreateAsync(SiteFactory site, string title, string kind, decimal applied, decimal[] budget, string startDate = "2027-05-15") =>
        site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("GrantApplication");
            item.Content["GrantApplication"] = new JsonObject
            {
                ["ApplicantKind"] = new JsonObject { ["Values"] = new JsonArray(kind) },
                ["ApplicantName"] = new JsonObject { ["Text"] = "Amina Hassan" },
                ["Email"] = new JsonObject { ["Email"] = "amina@example.org" },
                ["PreferredLanguage"] = new JsonObject { ["Values"] = new JsonArray("da") },
                ["ProjectTitle"] = new JsonObject { ["Text"] = title },
                ["StartDate"] = new JsonObject { ["Value"] = startDate },
            };
            var lines = new JsonArray();
            foreach (var amount in budget)
            {
                lines.Add(new JsonObject { ["Item"] = "Udgift", ["Amount"] = amount });
            }

            item.Content["GrantBudgetPart"] = new JsonObject { ["BudgetLines"] = lines, ["AmountAppliedFor"] = applied };
            var saved = await contents.CreateAsync(item, publish: true);
            return saved.ContentItemId;
        });
}
