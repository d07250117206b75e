namespace Cms.Contents.Recipes;

/// <summary>A recipe file in the site's recipes folder, as the admin list shows it.</summary>
public sealed record RecipeFileInfo(string FileName, string Name, string DisplayName, string Description, string? Error);

public sealed class RecipeIndexViewModel
{
    public IReadOnlyList<RecipeFileInfo> Files { get; init; } = [];
}

public sealed class RecipeExportViewModel
{
    public IReadOnlyList<(string Name, string DisplayName)> AvailableTypes { get; set; } = [];

    public List<string> ContentTypes { get; set; } = [];

    public bool IncludeContent { get; set; }
}
