namespace Cms.Core.Work;

/// <summary>A recurring row the site keeps in the queue (<c>services.AddRecurringWork(…)</c>), its cron read from the options at start-up.</summary>
public sealed record RecurringWork(string Kind, string Key, Func<IServiceProvider, string> Cron);
