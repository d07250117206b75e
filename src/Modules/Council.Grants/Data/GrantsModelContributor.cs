using Cms.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Council.Grants.Data;

/// <summary>
/// The grant tables: the applications' index, their internal notes, the yearly pools, the applicants' private answer
/// links, the council's decisions, the pool's ledger and the grantees' reports with their lines and private links.
/// </summary>
public sealed class GrantsModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<GrantApplicationIndex>(e =>
        {
            e.ToTable("GrantApplicationIndex");
            e.HasKey(i => i.Id);
            e.Property(i => i.ContentItemId).HasMaxLength(26);
            e.Property(i => i.Status).HasConversion<string>().HasMaxLength(40);
            e.Property(i => i.ApplicantKind).HasMaxLength(40);
            e.Property(i => i.Reference).HasMaxLength(40);
            e.Property(i => i.ApplicantName).HasMaxLength(200);
            e.Property(i => i.Organisation).HasMaxLength(200);
            e.Property(i => i.ProjectTitle).HasMaxLength(300);
            e.Property(i => i.SearchText).HasMaxLength(800);
            e.Property(i => i.AmountAppliedFor).HasPrecision(18, 2);
            e.Property(i => i.TotalBudget).HasPrecision(18, 2);
            e.Property(i => i.RecommendedAmount).HasPrecision(18, 2);
            e.HasIndex(i => i.ContentItemId).IsUnique();

            // The admin list: newest first, alone or filtered by status or kind; the trailing columns let a page and its
            // count be answered from the index. The pool sums a year's amounts from its own index.
            e.HasIndex(i => new { i.SubmittedUtc, i.Status, i.ApplicantKind, i.LowerPriority });
            e.HasIndex(i => new { i.Status, i.SubmittedUtc });
            e.HasIndex(i => new { i.ApplicantKind, i.SubmittedUtc });
            e.HasIndex(i => new { i.PoolYear, i.AmountAppliedFor });
            e.HasIndex(i => new { i.ExpectedMeetingDate, i.Status });
            // The list's other filters and sorts: by meeting or year newest first, a reference looked up, amounts in order.
            e.HasIndex(i => new { i.MeetingDate, i.SubmittedUtc });
            e.HasIndex(i => new { i.PoolYear, i.SubmittedUtc });
            e.HasIndex(i => i.Reference);
            e.HasIndex(i => new { i.AmountInOre, i.Id });
        });

        modelBuilder.Entity<GrantApplicationNote>(e =>
        {
            e.ToTable("GrantApplicationNotes");
            e.HasKey(n => n.Id);
            e.Property(n => n.ContentItemId).HasMaxLength(26);
            e.Property(n => n.AuthorName).HasMaxLength(256);
            e.Property(n => n.Text).HasMaxLength(GrantApplicationNote.MaxLength);
            e.HasIndex(n => new { n.ContentItemId, n.CreatedUtc });
        });

        modelBuilder.Entity<GrantPool>(e =>
        {
            e.ToTable("GrantPools");
            e.HasKey(p => p.Year);
            e.Property(p => p.Year).ValueGeneratedNever();
            e.Property(p => p.Amount).HasPrecision(18, 2);
            e.Property(p => p.IndexFactor).HasPrecision(9, 4);
            e.Property(p => p.ConcurrencyStamp).IsConcurrencyToken();
            e.Ignore(p => p.IndexedAmount);
        });

        modelBuilder.Entity<GrantInformationRequest>(e =>
        {
            e.ToTable("GrantInformationRequests");
            e.HasKey(r => r.Id);
            e.Property(r => r.RequestId).HasMaxLength(26);
            e.Property(r => r.ContentItemId).HasMaxLength(26);
            e.Property(r => r.TokenHash).HasMaxLength(64);
            e.Property(r => r.Question).HasMaxLength(4000);
            e.Property(r => r.Language).HasMaxLength(10);
            e.HasIndex(r => r.TokenHash).IsUnique();
            e.HasIndex(r => new { r.ContentItemId, r.AnsweredUtc });
            e.HasIndex(r => r.RequestId);
        });

        modelBuilder.Entity<GrantDecision>(e =>
        {
            e.ToTable("GrantDecisions");
            e.HasKey(d => d.Id);
            e.Property(d => d.ContentItemId).HasMaxLength(26);
            e.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
            e.Property(d => d.GrantedAmount).HasPrecision(18, 2);
            e.Property(d => d.Conditions).HasMaxLength(4000);
            // The criteria keys in one column ("target-group;beneficiaries"): a short, closed list read with the decision.
            e.Property(d => d.CriteriaNotMet)
                .HasConversion(
                    v => string.Join(';', v),
                    v => v.Split(';', StringSplitOptions.RemoveEmptyEntries).ToList(),
                    new ValueComparer<List<string>>((a, b) => a!.SequenceEqual(b!), v => string.Join(';', v).GetHashCode(StringComparison.Ordinal), v => v.ToList()))
                .HasMaxLength(1000);
            e.Property(d => d.MainConsiderations).HasMaxLength(4000);
            e.Property(d => d.FactsReliedOn).HasMaxLength(4000);
            e.Property(d => d.FreeText).HasMaxLength(4000);
            e.Property(d => d.OverrideReason).HasMaxLength(1000);
            e.Property(d => d.DecidedBy).HasMaxLength(256);
            e.Property(d => d.ConcurrencyStamp).IsConcurrencyToken();
            e.HasIndex(d => new { d.ContentItemId, d.DecidedUtc });
            e.HasIndex(d => new { d.MeetingId, d.ContentItemId });
            e.HasIndex(d => new { d.PoolYear, d.Outcome });
        });

        modelBuilder.Entity<GrantLedgerEntry>(e =>
        {
            e.ToTable("GrantLedgerEntries");
            e.HasKey(l => l.Id);
            e.Property(l => l.ContentItemId).HasMaxLength(26);
            e.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(l => l.Amount).HasPrecision(18, 2);
            e.Property(l => l.Note).HasMaxLength(1000);
            e.Property(l => l.UserName).HasMaxLength(256);
            e.HasIndex(l => new { l.PoolYear, l.Kind });
            e.HasIndex(l => new { l.ContentItemId, l.RecordedUtc });
            e.HasIndex(l => new { l.MeetingId, l.Kind });
        });

        modelBuilder.Entity<GrantReport>(e =>
        {
            e.ToTable("GrantReports");
            e.HasKey(r => r.Id);
            e.Property(r => r.RequestId).HasMaxLength(26);
            e.Property(r => r.ContentItemId).HasMaxLength(26);
            e.Property(r => r.Language).HasMaxLength(10);
            e.Property(r => r.Request).HasMaxLength(GrantReport.MaxTextLength);
            e.Property(r => r.WhatHappened).HasMaxLength(GrantReport.MaxTextLength);
            e.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.GrantReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(r => r.RequestId).IsUnique();
            e.HasIndex(r => new { r.ContentItemId, r.RequestedUtc });
            // The dashboard's overdue reports: the ones not in, by due date.
            e.HasIndex(r => new { r.SubmittedUtc, r.DueDate });
        });

        modelBuilder.Entity<GrantReportLine>(e =>
        {
            e.ToTable("GrantReportLines");
            e.HasKey(l => l.Id);
            e.Property(l => l.Item).HasMaxLength(300);
            e.Property(l => l.Budget).HasPrecision(18, 2);
            e.Property(l => l.Actual).HasPrecision(18, 2);
            e.Property(l => l.Explanation).HasMaxLength(1000);
            e.Property(l => l.ReceiptFileId).HasMaxLength(32);
            e.Property(l => l.ReceiptFileName).HasMaxLength(255);
            e.Ignore(l => l.IsFlagged);
            e.HasIndex(l => new { l.GrantReportId, l.Position });
        });

        modelBuilder.Entity<GrantReportLink>(e =>
        {
            e.ToTable("GrantReportLinks");
            e.HasKey(l => l.Id);
            e.Property(l => l.TokenHash).HasMaxLength(64);
            e.HasIndex(l => l.TokenHash).IsUnique();
            e.HasOne<GrantReport>().WithMany(r => r.Links).HasForeignKey(l => l.GrantReportId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
