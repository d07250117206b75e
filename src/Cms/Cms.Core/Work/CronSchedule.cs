using Cronos;

namespace Cms.Core.Work;

/// <summary>
/// Next occurrences of a cron expression (five fields, or six with seconds) in a time zone, so "every day at 9" stays at 9
/// local time across daylight saving. A local time skipped in spring fires at the moment the clocks jump; one
/// repeated in autumn fires once.
/// </summary>
public static class CronSchedule
{
    public static bool TryParse(string expression, out CronExpression? cron)
    {
        var fields = expression.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return CronExpression.TryParse(expression, fields == 6 ? CronFormat.IncludeSeconds : CronFormat.Standard, out cron);
    }

    /// <summary>The first occurrence strictly after <paramref name="afterUtc"/>, in UTC; null if it never occurs again.</summary>
    public static DateTime? Next(string expression, DateTime afterUtc, TimeZoneInfo zone)
    {
        if (!TryParse(expression, out var cron))
        {
            throw new FormatException($"'{expression}' is not a cron expression (five fields: minute hour day month weekday).");
        }

        return cron!.GetNextOccurrence(DateTime.SpecifyKind(afterUtc, DateTimeKind.Utc), zone, inclusive: false);
    }
}
