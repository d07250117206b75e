using System.Text.Json.Nodes;
using Cms.Contents.Metadata;
using Cms.Contents.Parts;
using Cms.Core.Data;
using Cms.Workflows.Models;
using Cms.Workflows.Services;
using Cms.Workflows.Tasks;
using LtkSite.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Workflows;

/// <summary>What the workflow tests do to a site and read from it, each in a scope of its own like a request.</summary>
public static class WorkflowSiteExtensions
{
    public static Task<WorkflowTypeSaveResult> SaveWorkflowTypeAsync(this SiteFactory site, WorkflowTypeDraft draft) =>
        site.WithScopeAsync(async s =>
        {
            var result = await s.GetRequiredService<WorkflowTypeStore>().SaveAsync(draft);
            await s.GetRequiredService<LtkDbContext>().SaveChangesAsync();
            return result;
        });

    public static Task<WorkflowTriggerResult> SignalAsync(this SiteFactory site, string signal, string? correlationId, JsonObject? input = null, string? eventId = null) =>
        site.WithScopeAsync(s => s.GetRequiredService<WorkflowManager>().SignalAsync(signal, correlationId, input, eventId));

    public static Task<List<WorkflowInstance>> InstancesAsync(this SiteFactory site, string workflowTypeId) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowInstance>().AsNoTracking()
            .Where(i => i.WorkflowTypeId == workflowTypeId).OrderBy(i => i.Id).ToListAsync());

    public static async Task<WorkflowInstance> InstanceAsync(this SiteFactory site, string workflowTypeId, string correlationId) =>
        (await site.InstancesAsync(workflowTypeId)).Single(i => i.CorrelationId == correlationId);

    /// <summary>The journal of an instance as "activity:outcomes" in the order they ran.</summary>
    public static Task<List<string>> JournalAsync(this SiteFactory site, string workflowId) =>
        site.WithScopeAsync(async s => (await s.GetRequiredService<LtkDbContext>().Set<WorkflowJournalEntry>().AsNoTracking()
            .Where(j => j.WorkflowId == workflowId).OrderBy(j => j.Id).ToListAsync())
            .Select(j => $"{j.ActivityId}:{(j.Halted ? "halted" : j.Error is null ? j.Outcomes : "error")}").ToList());

    /// <summary>The one user task an instance made.</summary>
    public static Task<WorkflowTask> TaskOfAsync(this SiteFactory site, string workflowId) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<WorkflowTask>().AsNoTracking().SingleAsync(t => t.WorkflowId == workflowId));

    public static Task<List<string>> BlockingAsync(this SiteFactory site, string workflowId) =>
        site.WithScopeAsync(s => s.GetRequiredService<LtkDbContext>().Set<BlockingActivity>().AsNoTracking()
            .Where(b => b.WorkflowId == workflowId).OrderBy(b => b.ActivityId).Select(b => b.ActivityId).ToListAsync());

    /// <summary>Stores a creatable, draftable content type with only a title, as the content events of these tests need.</summary>
    public static Task StoreTitledTypeAsync(this SiteFactory site, string name)
    {
        var type = new ContentTypeDefinition
        {
            Name = name,
            DisplayName = name,
            Parts = [new() { Name = PartNames.Title, PartName = PartNames.Title }],
        };
        type.Settings.SetSettings(new ContentTypeSettings { Creatable = true, Listable = true, Draftable = true });
        return site.StoreTypeAsync(type);
    }

    public static string? Property(this WorkflowInstance instance, string name) => instance.Properties[name]?.ToString();
}
