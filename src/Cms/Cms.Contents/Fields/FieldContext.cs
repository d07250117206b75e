using Cms.Contents.Metadata;

namespace Cms.Contents.Fields;

/// <summary>A field of a part in an editor: where its inputs live in the form and how it is defined.</summary>
public sealed record FieldContext(string Prefix, ContentPartFieldDefinition Definition)
{
    public string Label => Definition.DisplayName;

    public string? Hint => Definition.FieldSettings.Description;

    public string Editor => Definition.FieldSettings.Editor ?? "";

    /// <summary>Form name of one of the field's properties, e.g. <c>Page.Intro.Text</c>.</summary>
    public string Name(string property) => $"{Prefix}.{property}";

    public T Settings<T>()
        where T : class, new() => Definition.Settings.GetSettings<T>();
}
