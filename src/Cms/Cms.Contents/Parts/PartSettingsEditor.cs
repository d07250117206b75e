using Cms.Contents.Metadata;

namespace Cms.Contents.Parts;

/// <summary>The model of a part settings partial: the editor's own model and the definition (for choices such as content types).</summary>
public sealed record PartSettingsEditor(object Model, ContentTypeDefinition Type, ContentTypePartDefinition Part, ContentDefinition Definition)
{
    public T As<T>()
        where T : class => (T)Model;
}
