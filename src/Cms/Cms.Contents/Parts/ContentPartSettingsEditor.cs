using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Contents.Parts;

/// <summary>Base of a part settings editor with a typed model <typeparamref name="TModel"/>.</summary>
public abstract class ContentPartSettingsEditor<TModel> : IContentPartSettingsEditor
    where TModel : class, new()
{
    public abstract string PartName { get; }

    public abstract string View { get; }

    public Type ModelType => typeof(TModel);

    public abstract IReadOnlyList<string> Inputs { get; }

    public object Read(ContentTypePartDefinition part, ContentDefinition definition) => Read(part, definition, new TModel());

    public bool Apply(object model, ContentTypePartDefinition part, ContentDefinition definition, ModelStateDictionary errors)
    {
        var typed = (TModel)model;
        Validate(typed, definition, errors);
        if (!errors.IsValid)
        {
            return false;
        }

        Write(typed, part);
        return true;
    }

    /// <summary>Fills <paramref name="model"/> from the stored settings.</summary>
    protected abstract TModel Read(ContentTypePartDefinition part, ContentDefinition definition, TModel model);

    protected abstract void Validate(TModel model, ContentDefinition definition, ModelStateDictionary errors);

    protected abstract void Write(TModel model, ContentTypePartDefinition part);
}
