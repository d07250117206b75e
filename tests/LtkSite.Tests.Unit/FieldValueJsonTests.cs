using System.Text.Json;
using Cms.Contents.Models;

namespace LtkSite.Tests.Unit;

/// <summary>Date and time fields keep their stored text formats, and read what imports may hold without failing.</summary>
public sealed class FieldValueJsonTests
{
    [Theory]
    [InlineData("{\"Value\":\"2026-11-25\"}", "{\"Value\":\"2026-11-25\"}")]
    [InlineData("{\"Value\":\"25.11.2026\"}", "{\"Value\":\"2026-11-25\"}")]
    [InlineData("{\"Value\":\"2026-02-31\"}", "{\"Value\":null}")]
    [InlineData("{\"Value\":12}", "{\"Value\":null}")]
    [InlineData("{\"Value\":null}", "{\"Value\":null}")]
    public void A_date_is_stored_as_year_month_day(string stored, string written) =>
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize<DateField>(stored)));

    [Theory]
    [InlineData("{\"Value\":\"14:30\"}", "{\"Value\":\"14:30\"}")]
    [InlineData("{\"Value\":\"14:30:00\"}", "{\"Value\":\"14:30\"}")]
    [InlineData("{\"Value\":\"kl. 9\"}", "{\"Value\":null}")]
    public void A_time_is_stored_as_hours_and_minutes(string stored, string written) =>
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize<TimeField>(stored)));

    [Theory]
    [InlineData("{\"Value\":\"2026-07-01T12:30:00Z\"}", "{\"Value\":\"2026-07-01T12:30:00Z\"}")]
    [InlineData("{\"Value\":\"2026-07-01T14:30:00+02:00\"}", "{\"Value\":\"2026-07-01T12:30:00Z\"}")]
    [InlineData("{\"Value\":\"2026-07-01T12:30:00\"}", "{\"Value\":\"2026-07-01T12:30:00Z\"}")]
    [InlineData("{\"Value\":\"i morgen\"}", "{\"Value\":null}")]
    public void A_date_and_time_is_stored_in_utc(string stored, string written) =>
        Assert.Equal(written, JsonSerializer.Serialize(JsonSerializer.Deserialize<DateTimeField>(stored)));
}
