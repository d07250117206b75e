using Microsoft.EntityFrameworkCore;

namespace Cms.Core.Work;

/// <summary>The work queue's table (part of the core's own model): the key is unique; claims read by status and due time.</summary>
public static class WorkModel
{
    public static void Configure(ModelBuilder modelBuilder) => modelBuilder.Entity<WorkItem>(e =>
    {
        e.ToTable("WorkItems");
        e.HasKey(w => w.Id);
        e.Property(w => w.Kind).HasMaxLength(100);
        e.Property(w => w.Key).HasMaxLength(400);
        e.Property(w => w.Cron).HasMaxLength(100);
        // A save that finds another owner here lost its lease to a node that took the row over.
        e.Property(w => w.LeaseOwner).HasMaxLength(100).IsConcurrencyToken();
        e.Property(w => w.LastError).HasMaxLength(2000);
        e.Property(w => w.Status).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(w => w.Key).IsUnique();
        e.HasIndex(w => new { w.Status, w.DueUtc });
    });
}
