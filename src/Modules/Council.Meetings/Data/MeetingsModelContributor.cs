using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Meetings.Data;

/// <summary>The meeting tables: meetings, their agenda items with their parties and moves, attendance and conflicts of interest.</summary>
public sealed class MeetingsModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Meeting>(e =>
        {
            e.ToTable("Meetings");
            e.HasKey(m => m.Id);
            e.Property(m => m.Place).HasMaxLength(300);
            e.Property(m => m.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(m => m.MinutesContentItemId).HasMaxLength(26);
            e.Property(m => m.ConcurrencyStamp).IsConcurrencyToken();
            // Routing and the calendar look meetings up by date.
            e.HasIndex(m => new { m.Date, m.Status });
        });

        modelBuilder.Entity<AgendaItem>(e =>
        {
            e.ToTable("AgendaItems");
            e.HasKey(i => i.Id);
            e.Property(i => i.Kind).HasMaxLength(40);
            e.Property(i => i.SourceId).HasMaxLength(26);
            e.Property(i => i.Title).HasMaxLength(300);
            e.Property(i => i.Applicant).HasMaxLength(200);
            e.Property(i => i.ApplicantCvr).HasMaxLength(8);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(i => i.OutcomeText).HasMaxLength(500);
            e.Property(i => i.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(i => new { i.Kind, i.SourceId }).IsUnique();
            e.HasIndex(i => new { i.MeetingId, i.Position });
            e.HasIndex(i => new { i.Status, i.ReadyUtc });
            e.HasMany(i => i.Parties).WithOne().HasForeignKey(p => p.AgendaItemId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<AgendaItemMove>(e =>
        {
            e.ToTable("AgendaItemMoves");
            e.HasKey(m => m.Id);
            e.Property(m => m.Reason).HasMaxLength(1000);
            e.Property(m => m.UserName).HasMaxLength(256);
            e.HasIndex(m => new { m.AgendaItemId, m.MovedUtc });
        });

        modelBuilder.Entity<MeetingAttendance>(e =>
        {
            e.ToTable("MeetingAttendance");
            e.HasKey(a => a.Id);
            e.Property(a => a.MemberContentItemId).HasMaxLength(26);
            e.Property(a => a.MemberName).HasMaxLength(200);
            e.HasIndex(a => new { a.MeetingId, a.MemberContentItemId }).IsUnique();
        });

        modelBuilder.Entity<AgendaItemParty>(e =>
        {
            e.ToTable("AgendaItemParties");
            e.HasKey(p => p.Id);
            e.Property(p => p.Name).HasMaxLength(200);
            e.Property(p => p.Cvr).HasMaxLength(8);
            e.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(p => p.AgendaItemId);
        });

        modelBuilder.Entity<AgendaItemConflict>(e =>
        {
            e.ToTable("AgendaItemConflicts");
            e.HasKey(c => c.Id);
            e.Property(c => c.MemberContentItemId).HasMaxLength(26);
            e.Property(c => c.MemberName).HasMaxLength(200);
            e.Property(c => c.Reason).HasMaxLength(1000);
            e.HasIndex(c => new { c.AgendaItemId, c.MemberContentItemId }).IsUnique();
        });
    }
}
