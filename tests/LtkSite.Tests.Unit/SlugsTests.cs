using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Core.Text;
using Cms.Media.Services;

namespace LtkSite.Tests.Unit;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Årsmøde i Integrationsrådet", "aarsmoede-i-integrationsraadet")]
    [InlineData("Æblekage & Øl", "aeblekage-oel")]
    [InlineData("Café Ñandú 2026!", "cafe-nandu-2026")]
    [InlineData("  --Kun   tegn--  ", "kun-tegn")]
    [InlineData("Kulturfestival 2025/2026 – program", "kulturfestival-2025-2026-program")]
    [InlineData("/", "")]
    public void A_title_becomes_one_lower_case_segment(string title, string slug) => Assert.Equal(slug, Slugs.FromText(title));

    [Fact]
    public void A_long_title_is_cut_at_a_word_within_80_characters()
    {
        var title = string.Join(' ', Enumerable.Repeat("Integrationsrådets årlige kulturfestival", 12));

        var slug = Slugs.FromText(title);

        Assert.True(slug.Length <= Slugs.MaxLength, slug);
        Assert.Equal("integrationsraadets-aarlige-kulturfestival-integrationsraadets-aarlige", slug);
    }

    [Fact]
    public void One_word_longer_than_the_limit_is_cut_where_it_must_be() =>
        Assert.Equal(new string('a', Slugs.MaxLength), Slugs.FromText(new string('a', 200)));

    [Fact]
    public void Technical_names_and_media_names_spell_Danish_letters_the_same_way()
    {
        Assert.Equal("AarsmoedeForAeldre", ContentDefinitionService.SuggestName("Årsmøde for ældre"));
        Assert.Equal("aarsmoede-2026.jpg", MediaPath.FileName("Årsmøde 2026!.JPG", ".jpg"));
    }

    [Fact]
    public async Task A_slash_in_the_title_stays_in_its_segment_while_the_patterns_own_slash_stays_a_separator()
    {
        var patterns = new AutoroutePatternEvaluator();
        var item = new ContentItem { DisplayText = "Kulturfestival 2025/2026: Program" };

        var path = Slugs.NormalizePath(await patterns.EvaluateAsync("nyheder/{{ ContentItem.DisplayText | slugify }}", item));

        Assert.Equal("nyheder/kulturfestival-2025-2026-program", path);
    }
}
