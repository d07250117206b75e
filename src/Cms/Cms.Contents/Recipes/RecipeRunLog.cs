namespace Cms.Contents.Recipes;

/// <summary>
/// What the content recipe steps changed during one run (one request scope), so the admin can show it
/// after an import. Unchanged types and items are counted, not listed.
/// </summary>
public sealed class RecipeRunLog
{
    private readonly List<RecipeChange> _changes = [];

    public IReadOnlyList<RecipeChange> Changes => _changes;

    public int Unchanged { get; private set; }

    public void Add(RecipeChangeKind kind, string what, string name) => _changes.Add(new RecipeChange(kind, what, name));

    public void AddUnchanged() => Unchanged++;
}

public enum RecipeChangeKind
{
    Created,
    Updated,
}

/// <summary>One change: <see cref="What"/> is "ContentType", "ContentPart" or a content type name; <see cref="Name"/> names the object.</summary>
public sealed record RecipeChange(RecipeChangeKind Kind, string What, string Name);
