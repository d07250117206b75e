using LtkSite.Testing;

namespace LtkSite.Tests.Integration;

/// <summary>What the field drivers store: Orchard's JSON shape per field, the same bytes items and recipes already hold.</summary>
public abstract partial class ContentEditorTests<TFixture>
    where TFixture : SiteFixture
{
    [Fact]
    public async Task Every_field_is_stored_in_its_json_shape_with_empty_values_as_null()
    {
        await ContentTestTypes.EnsureAsync(Site);
        await Client.LoginAsAdminAsync();
        var full = await CreateArticleAsync("Formerne fyldt", publish: false, extra:
        [
            new("Article.Intro.Text", "Kort intro"),
            new("Article.Summary.Markdown", "**Fed**"),
            new("Article.Price.Value", "12,5"),
            new("Article.Quantity.Value", "7"),
            new("Article.Featured.Value", "true"),
            new("Article.EventDate.Value", "01.07.2026"),
            new("Article.Starts.Date", "2026-07-01"),
            new("Article.Starts.Time", "14:30"),
            new("Article.Opens.Value", "9.15"),
            new("Article.MoreInfo.Url", "/om-raadet"),
            new("Article.MoreInfo.Text", "Om raadet"),
            new("Article.Contact.Email", "raadet@ltk.dk"),
        ]);
        Assert.Equal(
            "{\"Intro\":{\"Text\":\"Kort intro\"},\"Notes\":{\"Text\":\"\"},\"Summary\":{\"Markdown\":\"**Fed**\"},\"Price\":{\"Value\":12.5},"
            + "\"Quantity\":{\"Value\":7},\"Featured\":{\"Value\":true},\"EventDate\":{\"Value\":\"2026-07-01\"},\"Starts\":{\"Value\":\"2026-07-01T12:30:00Z\"},"
            + "\"Opens\":{\"Value\":\"09:15\"},\"MoreInfo\":{\"Url\":\"/om-raadet\",\"Text\":\"Om raadet\"},\"Contact\":{\"Email\":\"raadet@ltk.dk\"},"
            + "\"Category\":{\"Values\":[\"news\"]},\"Related\":{\"ContentItemIds\":[]},\"Extra\":{\"Html\":\"\"}}",
            (await LatestAsync(full)).Content["Article"]!.ToJsonString());

        var empty = await CreateArticleAsync("Formerne tomme", publish: false, extra: [new("Article.Intro.Text", "Kun intro")]);
        Assert.Equal(
            "{\"Intro\":{\"Text\":\"Kun intro\"},\"Notes\":{\"Text\":\"\"},\"Summary\":{\"Markdown\":\"\"},\"Price\":{\"Value\":null},"
            + "\"Quantity\":{\"Value\":null},\"Featured\":{\"Value\":false},\"EventDate\":{\"Value\":null},\"Starts\":{\"Value\":null},"
            + "\"Opens\":{\"Value\":null},\"MoreInfo\":{\"Url\":\"\",\"Text\":\"\"},\"Contact\":{\"Email\":\"\"},"
            + "\"Category\":{\"Values\":[\"news\"]},\"Related\":{\"ContentItemIds\":[]},\"Extra\":{\"Html\":\"\"}}",
            (await LatestAsync(empty)).Content["Article"]!.ToJsonString());
    }
}
