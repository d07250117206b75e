using System.Text.Json.Nodes;
using Cms.Core.Localization;
using Cms.Workflows.Activities;
using Cms.Workflows.Localization;
using Cms.Workflows.Models;
using Cms.Workflows.Services;

namespace LtkSite.Tests.Unit.Workflows;

/// <summary>When a wait-until and a timer inside a workflow ask to be resumed, and what their settings are refused for.</summary>
public sealed class TimerActivityTests
{
    private static readonly KeyLocalizer<WorkflowStrings> T = new();

    // 1 December 2026 12:00 in Copenhagen (winter time, UTC+1).
    private static readonly FixedClock Clock = new(new DateTimeOffset(2026, 12, 1, 11, 0, 0, TimeSpan.Zero));

    private static readonly WaitUntilTask WaitUntil = new(T, new SiteTimeZone(), Clock);

    private static readonly TimerEvent Timer = new(T, new SiteTimeZone(), Clock);

    [Theory]
    [InlineData("2026-12-15 09:00", null, "2026-12-15T08:00:00Z")]
    [InlineData("15.12.2026 09:00", "-P1D", "2026-12-14T08:00:00Z")]
    [InlineData("15.12.2026 kl. 09.30", null, "2026-12-15T08:30:00Z")]
    [InlineData("2027-07-01", null, "2027-06-30T22:00:00Z")]
    [InlineData("2027-07-01T10:00:00+02:00", "PT1H30M", "2027-07-01T09:30:00Z")]
    [InlineData("2026-12-24T18:00:00Z", null, "2026-12-24T18:00:00Z")]
    [InlineData(null, "PT2H", "2026-12-01T13:00:00Z")]
    [InlineData(null, "P7D", "2026-12-08T11:00:00Z")]
    public async Task A_wait_until_halts_until_its_date_moved_by_its_offset_local_times_being_Danish(string? date, string? offset, string expectedUtc)
    {
        var result = await WaitUntil.ExecuteAsync(Context(Settings(date, offset), new JsonObject()), CancellationToken.None);

        Assert.True(result.IsHalted);
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), result.ResumeAt);
    }

    [Fact]
    public async Task A_wait_until_reads_its_date_from_the_workflow()
    {
        var result = await WaitUntil.ExecuteAsync(Context(Settings("{{ Input.MeetingDate }}", "-P2D"), new JsonObject { ["MeetingDate"] = "10.03.2027 16:00" }), CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2027, 3, 8, 15, 0, 0, TimeSpan.Zero), result.ResumeAt);
    }

    [Theory]
    [InlineData("next week", null, "'next week' (from 'next week') is not a date and time")]
    [InlineData("31.02.2027", null, "is not a date and time")]
    [InlineData("{{ Input.Missing }}", null, "the date '{{ Input.Missing }}' gave nothing")]
    [InlineData(null, "{{ Input.Missing }}", "the offset '' (from '{{ Input.Missing }}') is not an ISO 8601 duration")]
    public async Task A_wait_until_that_cannot_read_its_moment_throws_saying_what_it_got(string? date, string? offset, string message)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => WaitUntil.ExecuteAsync(Context(Settings(date, offset), new JsonObject()), CancellationToken.None));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wait_until_needs_a_date_or_an_offset_and_a_written_offset_must_be_a_duration()
    {
        Assert.StartsWith("Say when it goes on", Assert.Single(WaitUntil.Validate(Record(Settings(null, null)))), StringComparison.Ordinal);
        Assert.StartsWith("Offset 'two days' is not an ISO 8601 duration", Assert.Single(WaitUntil.Validate(Record(Settings(null, "two days")))), StringComparison.Ordinal);
        Assert.Empty(WaitUntil.Validate(Record(Settings("{{ Input.MeetingDate }}", "{{ Input.Lead }}"))));
    }

    [Fact]
    public async Task A_timer_inside_a_workflow_halts_until_its_next_occurrence_in_Danish_time()
    {
        var result = await Timer.ExecuteAsync(Context(new JsonObject { ["CronExpression"] = "0 9 * * *" }, new JsonObject()), CancellationToken.None);

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero), result.ResumeAt);
    }

    [Fact]
    public async Task A_start_timer_started_by_hand_goes_on_at_once_and_a_retried_timer_waits_again()
    {
        var start = new ActivityContext(new WorkflowInstance { WorkflowId = "w1" }, new WorkflowDefinition(),
            new ActivityRecord { ActivityId = "timer", Name = "TimerEvent", IsStart = true, Properties = new JsonObject { ["CronExpression"] = "0 9 * * *" } }, null, null, new WorkflowExpressions());
        Assert.Equal(["Done"], (await Timer.ResumeAsync(start, CancellationToken.None)).OutcomeNames);

        var retried = await Timer.ResumeAsync(Context(new JsonObject { ["CronExpression"] = "0 9 * * *" }, new JsonObject()), CancellationToken.None);
        Assert.True(retried.IsHalted);
    }

    [Theory]
    [InlineData(null, "Give its schedule as a cron expression")]
    [InlineData("every monday", "CronExpression 'every monday' is not a cron expression")]
    [InlineData("0 0 30 2 *", "CronExpression '0 0 30 2 *' never occurs again.")]
    public void A_timer_is_refused_without_a_schedule_that_occurs(string? cron, string message)
    {
        var properties = cron is null ? new JsonObject() : new JsonObject { ["CronExpression"] = cron };

        Assert.StartsWith(message, Assert.Single(Timer.Validate(Record(properties))), StringComparison.Ordinal);
    }

    /// <summary>Settings of a wait-until; a null one is left out.</summary>
    private static JsonObject Settings(string? date, string? offset) => new()
    {
        ["Date"] = date is null ? null : new JsonObject { ["Expression"] = date },
        ["Offset"] = offset is null ? null : new JsonObject { ["Expression"] = offset },
    };

    private static ActivityRecord Record(JsonObject properties) => new() { ActivityId = "wait", Name = "WaitUntilTask", Properties = properties };

    private static ActivityContext Context(JsonObject properties, JsonObject input) =>
        new(new WorkflowInstance { WorkflowId = "w1", Input = input }, new WorkflowDefinition(), Record(properties), null, null, new WorkflowExpressions());
}
