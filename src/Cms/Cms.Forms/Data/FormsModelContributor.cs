using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Forms.Data;

/// <summary>The form tables: submissions by reference and receipt token, the reference counters, uploaded files, and saved drafts.</summary>
public sealed class FormsModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<FormSubmissionRecord>(e =>
        {
            e.ToTable("FormSubmissions");
            e.HasKey(s => s.ContentItemId);
            e.Property(s => s.ContentItemId).HasMaxLength(26);
            e.Property(s => s.ContentType).HasMaxLength(255);
            e.Property(s => s.Reference).HasMaxLength(64);
            e.Property(s => s.ReceiptTokenHash).HasMaxLength(64);
            e.Property(s => s.Culture).HasMaxLength(20);
            e.HasIndex(s => s.Reference).IsUnique();
            e.HasIndex(s => s.ReceiptTokenHash).IsUnique();
            e.HasIndex(s => new { s.ContentType, s.SubmittedUtc });
        });

        modelBuilder.Entity<FormReferenceCounter>(e =>
        {
            e.ToTable("FormReferenceCounters");
            e.HasKey(c => new { c.Prefix, c.Year });
            e.Property(c => c.Prefix).HasMaxLength(32);
        });

        modelBuilder.Entity<FormFileRecord>(e =>
        {
            e.ToTable("FormFiles");
            e.HasKey(f => f.FileId);
            e.Property(f => f.FileId).HasMaxLength(32);
            e.Property(f => f.FileName).HasMaxLength(255);
            e.Property(f => f.ContentType).HasMaxLength(127);
            e.Property(f => f.ContentItemId).HasMaxLength(26);
            e.Property(f => f.DraftId).HasMaxLength(32);
            e.HasIndex(f => new { f.ContentItemId, f.CreatedUtc });
            e.HasIndex(f => f.DraftId);
        });

        modelBuilder.Entity<FormDraftRecord>(e =>
        {
            e.ToTable("FormDrafts");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).HasMaxLength(32);
            e.Property(d => d.ContentType).HasMaxLength(255);
            e.Property(d => d.TokenHash).HasMaxLength(64);
            e.Property(d => d.Culture).HasMaxLength(20);
            e.HasIndex(d => d.TokenHash).IsUnique();
            e.HasIndex(d => d.ExpiresUtc);
        });
    }
}
