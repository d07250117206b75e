using Cms.Contents.Metadata;

namespace Cms.Contents.Fields.Settings;

/// <summary>The model of a field settings partial: the editor's own model and the definition (for choices such as content types).</summary>
public sealed record FieldSettingsEditor(object Model, ContentTypeDefinition Type, ContentPartFieldDefinition Field, ContentDefinition Definition)
{
    public T As<T>()
        where T : class => (T)Model;
}
