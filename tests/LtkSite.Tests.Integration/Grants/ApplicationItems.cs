using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Data;
using Cms.Forms.Models;
using Council.Grants.Models;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Grants;

/// <summary>Applications saved through the content manager with the reference and answers the public form stores.</summary>
public static class ApplicationItems
{
    public const string AttachmentField = "Attachments";

    private static readonly SemaphoreSlim s_lock = new(1, 1);

    public static Task<string> CreateAsync(SiteFactory site, TestApplication application, JsonObject? attachment = null) =>
        site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = await contents.NewAsync("GrantApplication");
            var answers = new JsonObject
            {
                ["ApplicantKind"] = new JsonObject { ["Values"] = new JsonArray(application.Kind) },
                ["ApplicantName"] = new JsonObject { ["Text"] = application.Name },
                ["Email"] = new JsonObject { ["Email"] = "ansoeger@example.org" },
                ["PreferredLanguage"] = new JsonObject { ["Values"] = new JsonArray("da") },
                ["ProjectTitle"] = new JsonObject { ["Text"] = application.Title },
                ["Description"] = new JsonObject { ["Text"] = "Vi laver mad sammen hver måned." },
                ["StartDate"] = new JsonObject { ["Value"] = application.StartDate },
            };
            if (application.Organisation.Length > 0)
            {
                answers["Organisation"] = new JsonObject { ["Text"] = application.Organisation };
            }

            if (attachment is not null)
            {
                answers[AttachmentField] = attachment;
            }

            item.Content["GrantApplication"] = answers;
            item.Content["GrantBudgetPart"] = new JsonObject
            {
                ["BudgetLines"] = new JsonArray([.. application.Budget.Select((amount, i) => (JsonNode)new JsonObject { ["Item"] = $"Udgift {i + 1}", ["Amount"] = amount })]),
                ["AmountAppliedFor"] = application.Applied,
            };
            item.Content["FormSubmission"] = new JsonObject { ["Reference"] = application.Reference, ["Status"] = "received", ["Culture"] = "da-DK" };
            return (await contents.CreateAsync(item, publish: false)).ContentItemId;
        });

    public static Task SetStatusAsync(SiteFactory site, string id, GrantApplicationStatus status) =>
        site.WithScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<ContentManager>();
            var item = (await contents.GetAsync(id, VersionOptions.Latest))!;
            item.Alter<GrantApplicationPart>(p => p.Status = status);
            await contents.UpdateAsync(item, BaseVersion.SaveOverLatest, publish: false);
            return true;
        });

    /// <summary>Gives the application type a file field on the project step, as the form's attachments step will.</summary>
    public static async Task EnsureAttachmentFieldAsync(SiteFactory site)
    {
        await s_lock.WaitAsync();
        try
        {
            await site.WithScopeAsync(async services =>
            {
                var definitions = services.GetRequiredService<ContentDefinitionManager>();
                var part = (await definitions.GetPartAsync("GrantApplication"))!;
                if (part.FindField(AttachmentField) is null)
                {
                    var field = new ContentPartFieldDefinition { Name = AttachmentField, FieldName = "FileField" };
                    field.Settings.SetSettings(new ContentPartFieldSettings { DisplayName = "Bilag", Position = 100 });
                    field.Settings.SetSettings(new FileFieldSettings { AllowedTypes = ["pdf"], MaxSizeKb = 1024 });
                    field.Settings.SetSettings(new FormElementSettings { OnForm = true, Step = "project", LabelEn = "Attachments" });
                    part.Fields.Add(field);
                    await definitions.StorePartAsync(part);
                    await services.GetRequiredService<LtkDbContext>().SaveChangesAsync();
                }

                return true;
            });
        }
        finally
        {
            s_lock.Release();
        }
    }
}
