using Cms.Core.AuditTrail;
using Cms.Core.Modules;
using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging;

namespace Cms.Core.Data;

/// <summary>
/// The site's one unit of work. Provider-specific subclasses in the host carry the migrations for SQLite
/// and PostgreSQL; everything else depends on this type.
/// </summary>
public class LtkDbContext : IdentityDbContext<CmsUser, CmsRole, string>, IDataProtectionKeyContext
{
    private readonly IEnumerable<IModelContributor> _contributors;

    protected LtkDbContext(DbContextOptions options, IEnumerable<IModelContributor> contributors)
        : base(options)
    {
        _contributors = contributors;
    }

    /// <summary>Work waiting for this unit of work to commit (run by <see cref="AfterCommitInterceptor"/>).</summary>
    public AfterCommitQueue AfterCommit { get; } = new();

    public DbSet<SiteSettings> SiteSettings => Set<SiteSettings>();

    /// <summary>Starts an explicit transaction whose commit also runs the after-commit work (see <see cref="UnitOfWork"/>).</summary>
    public async Task<UnitOfWork> BeginUnitOfWorkAsync(CancellationToken cancellationToken = default)
    {
        var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var logger = this.GetService<ILoggerFactory>().CreateLogger<AfterCommitQueue>();
        return new UnitOfWork(this, transaction, logger);
    }

    /// <summary>
    /// Stores new work rows so that a key another unit of work queued first is a no-op rather than a unique-index error that
    /// would fail this save (see <see cref="Work.NewWorkRows"/>); both go in one transaction, the unit of work's or one begun here.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        if (!Work.NewWorkRows.Any(this))
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            var queued = await Work.NewWorkRows.InsertAsync(this, cancellationToken);
            return queued + await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        await using var unit = await BeginUnitOfWorkAsync(cancellationToken);
        var saved = await SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await unit.CommitAsync(cancellationToken);
        return saved;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) => Work.NewWorkRows.Any(this)
        ? SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult()
        : base.SaveChanges(acceptAllChangesOnSuccess);

    public DbSet<ModuleState> ModuleStates => Set<ModuleState>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditTrailEvent> AuditTrailEvents => Set<AuditTrailEvent>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<CmsRole>().Property(r => r.Description).HasMaxLength(500);

        builder.Entity<SiteSettings>(e =>
        {
            e.ToTable("SiteSettings");
            e.HasKey(s => s.Id);
            e.Property(s => s.Id).ValueGeneratedNever();
            e.Property(s => s.SiteName).HasMaxLength(200);
            e.Property(s => s.TimeZoneId).HasMaxLength(100);
            e.Property(s => s.DefaultCulture).HasMaxLength(20);
            e.Property(s => s.SupportedCulturesValue).HasColumnName("SupportedCultures").HasMaxLength(200);
            e.Ignore(s => s.SupportedCultures);
            e.Property(s => s.Sections).HasJsonConversion().HasDefaultValueSql("'{}'");
        });

        builder.Entity<ModuleState>(e =>
        {
            e.ToTable("ModuleStates");
            e.HasKey(m => m.ModuleId);
            e.Property(m => m.ModuleId).HasMaxLength(200);
        });

        builder.Entity<AuditTrailEvent>(e =>
        {
            e.ToTable("AuditTrailEvents");
            e.HasKey(a => a.Id);
            e.Property(a => a.Category).HasMaxLength(50);
            e.Property(a => a.EventName).HasMaxLength(50);
            e.Property(a => a.ObjectId).HasMaxLength(200);
            e.Property(a => a.ObjectName).HasMaxLength(500);
            e.Property(a => a.ObjectType).HasMaxLength(200);
            e.Property(a => a.UserId).HasMaxLength(450);
            e.Property(a => a.UserName).HasMaxLength(256);
            e.Property(a => a.Comment).HasMaxLength(1000);
            e.HasIndex(a => a.CreatedUtc);
            e.HasIndex(a => new { a.Category, a.CreatedUtc });
            e.HasIndex(a => a.ObjectId);
        });

        Work.WorkModel.Configure(builder);

        foreach (var contributor in _contributors)
        {
            contributor.Configure(builder);
        }
    }
}
