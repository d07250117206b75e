using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Email.Models;

/// <summary>The outbox tables: one row per mail (unique Message-ID) and one per recipient address.</summary>
public sealed class EmailModel : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMail>(e =>
        {
            e.ToTable("OutboxMails");
            e.HasKey(m => m.Id);
            e.Property(m => m.MessageId).HasMaxLength(250);
            e.Property(m => m.From).HasMaxLength(320);
            e.Property(m => m.To).HasMaxLength(4000);
            e.Property(m => m.Cc).HasMaxLength(4000);
            e.Property(m => m.Bcc).HasMaxLength(4000);
            e.Property(m => m.ReplyTo).HasMaxLength(320);
            e.Property(m => m.Subject).HasMaxLength(500);
            e.Property(m => m.Link).HasMaxLength(1000);
            e.Property(m => m.Source).HasMaxLength(300);
            e.Property(m => m.LastError).HasMaxLength(2000);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => new { m.Status, m.CreatedUtc });
            e.HasIndex(m => m.Source);
            e.HasMany(m => m.Recipients).WithOne().HasForeignKey(r => r.MailId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<OutboxRecipient>(e =>
        {
            e.ToTable("OutboxRecipients");
            e.HasKey(r => r.Id);
            e.Property(r => r.Address).HasMaxLength(320);
            e.HasIndex(r => r.Address);
        });
    }
}
