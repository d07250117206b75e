namespace Cms.Contents.Metadata;

/// <summary>
/// The stored content definition: one row holding the whole definition as JSON in Orchard's shape
/// (as Orchard keeps its ContentDefinitionRecord as one document). <see cref="Serial"/> changes on
/// every save; it is the concurrency token and tells other web nodes their cache is stale.
/// </summary>
public sealed class ContentDefinitionRecord
{
    public int Id { get; set; } = 1;

    public string Json { get; set; } = "{}";

    public int Serial { get; set; }

    public DateTime ModifiedUtc { get; set; }
}
