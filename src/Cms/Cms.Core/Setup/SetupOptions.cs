namespace Cms.Core.Setup;

/// <summary>Where the first-run recipe is and who the first administrator is.</summary>
public sealed class SetupOptions
{
    /// <summary>Path of the recipe run on an empty database; relative paths are resolved against the application's folder.</summary>
    public string RecipePath { get; set; } = Path.Combine("recipes", "ltk.recipe.json");

    public string AdminUserName { get; set; } = "admin";

    public string AdminEmail { get; set; } = "admin@localhost";

    /// <summary>From <c>LTK_ADMIN_PASSWORD</c>; when empty a strong password is generated and logged once.</summary>
    public string? AdminPassword { get; set; }
}
