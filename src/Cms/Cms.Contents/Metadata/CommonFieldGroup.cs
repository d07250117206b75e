namespace Cms.Contents.Metadata;

/// <summary>The keys of a field type's settings group that every field has.</summary>
internal sealed class CommonFieldGroup
{
    public string? Hint { get; set; }

    public bool Required { get; set; }
}
