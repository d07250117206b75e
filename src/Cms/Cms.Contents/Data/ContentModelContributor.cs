using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Contents.Data;

/// <summary>The content tables: definitions, item versions with their index columns, and public paths.</summary>
public sealed class ContentModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentDefinitionRecord>(e =>
        {
            e.ToTable("ContentDefinition");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.Serial).IsConcurrencyToken();
        });

        modelBuilder.Entity<ContentItem>(e =>
        {
            e.ToTable("ContentItems");
            e.HasKey(c => c.Id);
            e.Property(c => c.ContentItemId).HasMaxLength(26);
            e.Property(c => c.ContentItemVersionId).HasMaxLength(26);
            e.Property(c => c.ContentType).HasMaxLength(255);
            e.Property(c => c.DisplayText).HasMaxLength(1000);
            e.Property(c => c.DisplayTextNormalized).HasMaxLength(1000);
            e.Property(c => c.Owner).HasMaxLength(256);
            e.Property(c => c.Author).HasMaxLength(256);
            e.Property(c => c.Culture).HasMaxLength(20);
            e.Property(c => c.LocalizationSet).HasMaxLength(26);
            e.Property(c => c.ContainerId).HasMaxLength(26);
            e.Property(c => c.ConcurrencyStamp).IsConcurrencyToken();
            e.Property(c => c.Content).HasColumnName("Data").HasJsonConversion();
            e.HasIndex(c => c.ContentItemVersionId).IsUnique();
            e.HasIndex(c => new { c.ContentItemId, c.Latest });
            e.HasIndex(c => new { c.ContentItemId, c.Published });

            // The admin content list (bench/README.md, "Content list at 10,000 items"): the default order of all
            // types, of one type, and by title. The trailing columns are the list's filters, so a page checks
            // them in the index and reads only the rows it shows, and the total is counted from the index alone.
            e.HasIndex(c => new { c.Latest, c.DeletedUtc, c.ModifiedUtc, c.ContentType, c.HasPublished, c.Published, c.Owner, c.Culture })
                .HasDatabaseName("IX_ContentItems_List_ByModified");
            e.HasIndex(c => new { c.ContentType, c.Latest, c.DeletedUtc, c.ModifiedUtc, c.HasPublished, c.Published, c.Owner, c.Culture })
                .HasDatabaseName("IX_ContentItems_List_ByTypeAndModified");
            e.HasIndex(c => new { c.Latest, c.DeletedUtc, c.DisplayTextNormalized, c.ContentType })
                .HasDatabaseName("IX_ContentItems_List_ByTitle");
            e.HasIndex(c => new { c.Published, c.ContentType });
            e.HasIndex(c => new { c.LocalizationSet, c.Culture });
            e.HasIndex(c => new { c.ContainerId, c.Latest, c.ContainedOrder });
            e.HasIndex(c => c.ScheduledPublishUtc);
        });

        modelBuilder.Entity<AutorouteEntry>(e =>
        {
            e.ToTable("AutorouteEntries");
            e.HasKey(a => a.Id);
            e.Property(a => a.Path).HasMaxLength(1024);
            e.Property(a => a.Culture).HasMaxLength(20);
            e.Property(a => a.ContentItemId).HasMaxLength(26);
            e.HasIndex(a => new { a.Culture, a.Path }).IsUnique();
            e.HasIndex(a => a.ContentItemId);
        });
    }
}
