using System.Text;
using Cms.Core.Recipes;

namespace LtkSite.Tests.Unit;

public sealed class RecipeParsingTests
{
    private static Task<Recipe> Parse(string json) => Recipe.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.recipe.json");

    [Fact]
    public async Task Reads_Orchards_recipe_shape()
    {
        var recipe = await Parse("""{ "name": "ltk", "displayName": "LTK", "steps": [ { "name": "Settings", "SiteName": "X" }, { "name": "roles", "Roles": [] } ] }""");

        Assert.Equal("ltk", recipe.Name);
        Assert.Equal("LTK", recipe.DisplayName);
        Assert.Equal(["Settings", "roles"], recipe.Steps.Select(s => Recipe.GetString(s, "name")));
    }

    [Theory]
    [InlineData("""{ "steps": [] }""", "has no 'name'")]
    [InlineData("""{ "name": "x" }""", "has no 'steps' array")]
    [InlineData("""{ "name": "x", "steps": [ { "SiteName": "y" } ] }""", "step 1 is not an object with a 'name'")]
    [InlineData("""{ "name": "x", "steps": [ """, "is not valid JSON")]
    public async Task A_malformed_recipe_is_refused_with_the_reason(string json, string reason)
    {
        var error = await Assert.ThrowsAsync<RecipeException>(() => Parse(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Contains("test.recipe.json", error.Message, StringComparison.Ordinal);
    }
}
