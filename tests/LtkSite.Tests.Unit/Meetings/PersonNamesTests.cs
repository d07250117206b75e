using Council.Meetings.Conflicts;

namespace LtkSite.Tests.Unit.Meetings;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Ali Hassan", "ali  hassan")]
    [InlineData("Amira Hassan-Jensen", "Amira Hassan Jensen")]
    [InlineData("José Álvarez", "Jose Alvarez")]
    [InlineData("Søren Ærø Åberg", "søren ærø åberg")]
    [InlineData("Fatima Ali Hassan", "Fatima Hassan")]
    public void Names_of_one_person_written_differently_match(string first, string second) =>
        Assert.True(PersonNames.Same(first, second));

    [Theory]
    [InlineData("Ali Hassan", "Ali Hansen")]
    [InlineData("Fatima", "Fatima Hassan")]
    [InlineData("Søren Åberg", "Soren Aberg")]
    [InlineData("", "")]
    [InlineData("Ali Hassan", null)]
    public void Different_or_incomplete_names_do_not_match(string? first, string? second) =>
        Assert.False(PersonNames.Same(first, second));
}
