using Cms.Core.Localization;

namespace LtkSite.Tests.Unit;

public sealed class DanishNumbersTests
{
    [Theory]
    [InlineData("12,5", "12.5")]
    [InlineData("12.500", "12500")]
    [InlineData("59.800", "59800")]
    [InlineData("1.250.000,50", "1250000.50")]
    [InlineData("12 500", "12500")]
    [InlineData("-1.000", "-1000")]
    [InlineData("12.5", "12.5")]
    [InlineData("0.25", "0.25")]
    [InlineData("2000", "2000")]
    public void Reads_what_people_in_Denmark_type(string typed, string expected)
    {
        Assert.True(DanishNumbers.TryParse(typed, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("tolv")]
    [InlineData("1,250.50")]
    [InlineData("12.50.0")]
    [InlineData("1..5")]
    public void Refuses_what_cannot_be_read_without_guessing(string typed) =>
        Assert.False(DanishNumbers.TryParse(typed, out _));
}
