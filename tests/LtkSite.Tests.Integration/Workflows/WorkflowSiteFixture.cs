using Cms.Core.Data;
using Cms.Workflows.Activities;
using LtkSite.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LtkSite.Tests.Integration.Workflows;

/// <summary>A site with one extra activity, <see cref="FlakyTask"/>, for the fault and retry tests.</summary>
public abstract class WorkflowSiteFixture : SiteFixture
{
    public FlakyService Flaky { get; } = new();

    protected override SiteFactory CreateSite(TestDatabase database) => new(database)
    {
        TestServices = services =>
        {
            services.AddSingleton(Flaky);
            services.AddActivity<FlakyTask>();
        },
    };
}

public sealed class SqliteWorkflowSiteFixture : WorkflowSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresWorkflowSiteFixture : WorkflowSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
