using Cms.Core.Work;
using Cms.Email.Services;

namespace LtkSite.Tests.Unit;

/// <summary>The queue's retry pauses, cron occurrences in Danish time across daylight saving, and stable Message-IDs.</summary>
public sealed class WorkScheduleTests
{
    private static readonly TimeZoneInfo Copenhagen = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");

    [Fact]
    public void Back_off_doubles_from_the_first_delay_and_stops_at_the_cap()
    {
        var first = TimeSpan.FromSeconds(30);
        var max = TimeSpan.FromHours(1);
        Assert.Equal(TimeSpan.FromSeconds(30), WorkBackoff.Delay(1, first, max));
        Assert.Equal(TimeSpan.FromMinutes(1), WorkBackoff.Delay(2, first, max));
        Assert.Equal(TimeSpan.FromMinutes(2), WorkBackoff.Delay(3, first, max));
        Assert.Equal(TimeSpan.FromMinutes(32), WorkBackoff.Delay(7, first, max));
        Assert.Equal(max, WorkBackoff.Delay(8, first, max));
        Assert.Equal(max, WorkBackoff.Delay(500, first, max));
    }

    [Fact]
    public void A_daily_job_stays_at_nine_Danish_time_across_both_daylight_saving_changes()
    {
        // 28 March 2026 09:00 in Copenhagen is 08:00 UTC (winter time); the clocks go forward on the 29th.
        var spring = CronSchedule.Next("0 9 * * *", new DateTime(2026, 3, 28, 8, 0, 0, DateTimeKind.Utc), Copenhagen);
        Assert.Equal(new DateTime(2026, 3, 29, 7, 0, 0, DateTimeKind.Utc), spring);

        // 24 October 09:00 is 07:00 UTC (summer time); back to winter time on the 25th.
        var autumn = CronSchedule.Next("0 9 * * *", new DateTime(2026, 10, 24, 7, 0, 0, DateTimeKind.Utc), Copenhagen);
        Assert.Equal(new DateTime(2026, 10, 25, 8, 0, 0, DateTimeKind.Utc), autumn);
    }

    [Fact]
    public void A_time_skipped_in_spring_fires_once_when_the_clocks_jump_and_a_repeated_time_in_autumn_fires_once()
    {
        // 02:30 does not exist on 29 March 2026: the job runs at the jump (03:00 local, 01:00 UTC), once.
        var skipped = CronSchedule.Next("30 2 * * *", new DateTime(2026, 3, 28, 12, 0, 0, DateTimeKind.Utc), Copenhagen);
        Assert.Equal(new DateTime(2026, 3, 29, 1, 0, 0, DateTimeKind.Utc), skipped);
        Assert.Equal(new DateTime(2026, 3, 30, 0, 30, 0, DateTimeKind.Utc), CronSchedule.Next("30 2 * * *", skipped!.Value, Copenhagen));

        // 02:30 happens twice on 25 October 2026: the job runs the first time (00:30 UTC) and then not until the next day.
        var repeated = CronSchedule.Next("30 2 * * *", new DateTime(2026, 10, 24, 12, 0, 0, DateTimeKind.Utc), Copenhagen);
        Assert.Equal(new DateTime(2026, 10, 25, 0, 30, 0, DateTimeKind.Utc), repeated);
        Assert.Equal(new DateTime(2026, 10, 26, 1, 30, 0, DateTimeKind.Utc), CronSchedule.Next("30 2 * * *", repeated!.Value, Copenhagen));
    }

    [Fact]
    public void A_cron_expression_that_is_not_one_says_so()
    {
        var error = Assert.Throws<FormatException>(() => CronSchedule.Next("every morning", DateTime.UtcNow, Copenhagen));
        Assert.Contains("is not a cron expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_key_always_gives_the_same_Message_ID_and_another_key_another()
    {
        var from = "Integrationsrådet <integrationsraadet@ltk.dk>";
        var first = MessageIds.For("workflow:abc/mail1/1", from);
        Assert.Equal(first, MessageIds.For("workflow:abc/mail1/1", from));
        Assert.NotEqual(first, MessageIds.For("workflow:abc/mail1/2", from));
        Assert.EndsWith("@ltk.dk", first, StringComparison.Ordinal);
    }
}
