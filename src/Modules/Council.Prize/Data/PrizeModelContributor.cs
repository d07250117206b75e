using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Prize.Data;

/// <summary>The prize's tables: rounds, the nominations' index with their candidates, the winners and the round subscriptions.</summary>
public sealed class PrizeModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PrizeRound>(e =>
        {
            e.ToTable("PrizeRounds");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.Year).IsUnique();
            e.Property(r => r.AmountKroner).HasPrecision(18, 2);
            e.Property(r => r.FestivalContentItemId).HasMaxLength(26);
            e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(r => r.Justification).HasMaxLength(4000);
            e.Property(r => r.CancelReason).HasMaxLength(1000);
            e.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        });

        modelBuilder.Entity<PrizeNominationIndex>(e =>
        {
            e.ToTable("PrizeNominationIndex");
            e.HasKey(n => n.Id);
            e.Property(n => n.ContentItemId).HasMaxLength(26);
            e.HasIndex(n => n.ContentItemId).IsUnique();
            e.Property(n => n.Reference).HasMaxLength(40);
            e.Property(n => n.Status).HasConversion<string>().HasMaxLength(30);
            e.Property(n => n.StatusReason).HasMaxLength(2000);
            e.Property(n => n.NominatorName).HasMaxLength(200);
            e.Property(n => n.NominatorEmail).HasMaxLength(320);
            e.Property(n => n.Culture).HasMaxLength(10);
            e.Property(n => n.CheckedBy).HasMaxLength(256);
            e.HasIndex(n => new { n.RoundId, n.Status });
        });

        modelBuilder.Entity<PrizeCandidate>(e =>
        {
            e.ToTable("PrizeCandidates");
            e.HasKey(c => c.Id);
            e.Property(c => c.NominationContentItemId).HasMaxLength(26);
            e.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(c => c.Name).HasMaxLength(200);
            e.Property(c => c.NormalizedName).HasMaxLength(200);
            e.Property(c => c.GroupKey).HasMaxLength(220);
            e.Property(c => c.Contact).HasMaxLength(320);
            e.Property(c => c.ConflictMemberIds).HasMaxLength(1000);
            e.HasIndex(c => c.NominationContentItemId);
            e.HasIndex(c => new { c.RoundId, c.GroupKey });
        });

        modelBuilder.Entity<PrizeWinner>(e =>
        {
            e.ToTable("PrizeWinners");
            e.HasKey(w => w.Id);
            e.Property(w => w.GroupKey).HasMaxLength(220);
            e.Property(w => w.Name).HasMaxLength(200);
            e.Property(w => w.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(w => w.AmountKroner).HasPrecision(18, 2);
            e.Property(w => w.Description).HasMaxLength(4000);
            e.Property(w => w.Justification).HasMaxLength(4000);
            e.Property(w => w.FlagOverride).HasMaxLength(2000);
            e.Property(w => w.ConsentStatus).HasConversion<string>().HasMaxLength(20);
            e.Property(w => w.ConsentTokenHash).HasMaxLength(64);
            e.Property(w => w.ContactEmail).HasMaxLength(320);
            e.Property(w => w.WinnerPageContentItemId).HasMaxLength(26);
            e.HasIndex(w => new { w.RoundId, w.GroupKey }).IsUnique();
            e.HasIndex(w => w.ConsentTokenHash);
            // Former winners are looked up by the candidate's key across the years.
            e.HasIndex(w => w.GroupKey);
        });

        modelBuilder.Entity<PrizeRoundSubscription>(e =>
        {
            e.ToTable("PrizeRoundSubscriptions");
            e.HasKey(s => s.Id);
            e.Property(s => s.Email).HasMaxLength(320);
            e.Property(s => s.Culture).HasMaxLength(10);
            e.Property(s => s.TokenHash).HasMaxLength(64);
            e.HasIndex(s => s.Email).IsUnique();
            e.HasIndex(s => s.TokenHash);
        });
    }
}
