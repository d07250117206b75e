using Cms.Core.Data;

namespace LtkSite.Tests.Integration.Workflows;

/// <summary>A site on a fake clock whose mails go to a pickup folder, for the task inbox: due dates, escalation, the week.</summary>
public abstract class TaskSiteFixture : WorkSiteFixture
{
    protected override bool UseSmtp => false;
}

public sealed class SqliteTaskSiteFixture : TaskSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;
}

public sealed class PostgresTaskSiteFixture : TaskSiteFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
