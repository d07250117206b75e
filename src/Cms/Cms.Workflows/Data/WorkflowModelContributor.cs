using Cms.Core.Data;
using Cms.Workflows.Models;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Cms.Workflows.Data;

/// <summary>The workflow tables: types and their versions, instances with their blocking activities and journal, event receipts.</summary>
public sealed class WorkflowModelContributor : IModelContributor
{
    private static readonly ValueComparer<WorkflowDefinition> s_definitionComparer = new(
        (a, b) => a != null && b != null && WorkflowDefinitionJson.AreEqual(a, b),
        v => WorkflowDefinitionJson.Serialize(v).GetHashCode(StringComparison.Ordinal),
        v => WorkflowDefinitionJson.Deserialize(WorkflowDefinitionJson.Serialize(v)));

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<WorkflowType>(e =>
        {
            e.ToTable("WorkflowTypes");
            e.HasKey(t => t.Id);
            e.Property(t => t.WorkflowTypeId).HasMaxLength(100);
            e.Property(t => t.Name).HasMaxLength(500);
            e.Property(t => t.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(t => t.WorkflowTypeId).IsUnique();
        });

        modelBuilder.Entity<WorkflowTypeVersion>(e =>
        {
            e.ToTable("WorkflowTypeVersions");
            e.HasKey(v => v.Id);
            e.Property(v => v.WorkflowTypeId).HasMaxLength(100);
            e.Property(v => v.CreatedBy).HasMaxLength(256);
            e.Property(v => v.Definition)
                .HasColumnName("Document")
                .HasConversion(v => WorkflowDefinitionJson.Serialize(v), v => WorkflowDefinitionJson.Deserialize(v), s_definitionComparer);
            e.HasIndex(v => new { v.WorkflowTypeId, v.Version }).IsUnique();
        });

        modelBuilder.Entity<WorkflowInstance>(e =>
        {
            e.ToTable("WorkflowInstances");
            e.HasKey(i => i.Id);
            e.Property(i => i.WorkflowId).HasMaxLength(26);
            e.Property(i => i.WorkflowTypeId).HasMaxLength(100);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.CorrelationId).HasMaxLength(200);
            e.Property(i => i.FaultedActivityId).HasMaxLength(100);
            e.Property(i => i.Error).HasMaxLength(4000);
            e.Property(i => i.SingletonKey).HasMaxLength(310);
            e.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(i => i.Input).HasJsonConversion();
            e.Property(i => i.Properties).HasJsonConversion();
            e.Property(i => i.ActivityState).HasJsonConversion();
            e.HasIndex(i => new { i.WorkflowTypeId, i.Status });
            e.HasIndex(i => i.CorrelationId);
            // Nulls are distinct in a unique index on both providers: only unfinished singleton instances collide.
            e.HasIndex(i => i.SingletonKey).IsUnique();
        });

        modelBuilder.Entity<BlockingActivity>(e =>
        {
            e.ToTable("WorkflowBlockingActivities");
            e.HasKey(b => b.Id);
            e.Property(b => b.WorkflowTypeId).HasMaxLength(100);
            e.Property(b => b.ActivityId).HasMaxLength(100);
            e.Property(b => b.ActivityName).HasMaxLength(100);
            e.Property(b => b.CorrelationId).HasMaxLength(200);
            e.HasOne<WorkflowInstance>().WithMany().HasPrincipalKey(i => i.WorkflowId).HasForeignKey(b => b.WorkflowId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(b => new { b.ActivityName, b.CorrelationId });
            e.Property(b => b.WorkflowId).HasMaxLength(26);
            e.HasIndex(b => new { b.WorkflowId, b.ActivityId }).IsUnique();
        });

        modelBuilder.Entity<WorkflowJournalEntry>(e =>
        {
            e.ToTable("WorkflowJournal");
            e.HasKey(j => j.Id);
            e.Property(j => j.ActivityId).HasMaxLength(100);
            e.Property(j => j.ActivityName).HasMaxLength(100);
            e.Property(j => j.Outcomes).HasMaxLength(1000);
            e.Property(j => j.UserName).HasMaxLength(256);
            e.Property(j => j.Error).HasMaxLength(4000);
            e.Property(j => j.Note).HasMaxLength(4000);
            e.HasOne<WorkflowInstance>().WithMany().HasPrincipalKey(i => i.WorkflowId).HasForeignKey(j => j.WorkflowId).OnDelete(DeleteBehavior.Cascade);
            e.Property(j => j.WorkflowId).HasMaxLength(26);
            e.HasIndex(j => new { j.WorkflowId, j.Id });
        });

        modelBuilder.Entity<WorkflowEventReceipt>(e =>
        {
            e.ToTable("WorkflowEventReceipts");
            e.HasKey(r => r.EventId);
            e.Property(r => r.EventId).HasMaxLength(300);
            e.Property(r => r.EventName).HasMaxLength(100);
            e.HasIndex(r => r.ReceivedUtc);
        });
    }
}
