using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Contents.Fields.Settings;

/// <summary>
/// Base of a field settings editor with a typed model <typeparamref name="TModel"/> and the field type's settings
/// group <typeparamref name="TSettings"/> (named as Orchard names it, e.g. <c>TextFieldSettings</c>). Writing reads
/// the stored group first, so the hint and required flag the page wrote and keys from an import stay.
/// </summary>
public abstract class ContentFieldSettingsEditor<TModel, TSettings> : IContentFieldSettingsEditor
    where TModel : class, new()
    where TSettings : class, new()
{
    public abstract string FieldType { get; }

    public abstract string View { get; }

    public Type ModelType => typeof(TModel);

    public virtual IReadOnlyList<string> Inputs => [];

    public virtual bool HasRequired => true;

    public object Read(ContentPartFieldDefinition field, ContentDefinition definition) =>
        Read(field.Settings.GetSettings<TSettings>(), field, definition, new TModel());

    public void Validate(object model, ContentDefinition definition, ModelStateDictionary errors) => Validate((TModel)model, definition, errors);

    public void Write(object model, ContentPartFieldDefinition field)
    {
        var settings = field.Settings.GetSettings<TSettings>();
        Write((TModel)model, settings, field);
        field.Settings.SetSettings(settings);
    }

    /// <summary>Fills <paramref name="model"/> from the stored settings.</summary>
    protected abstract TModel Read(TSettings settings, ContentPartFieldDefinition field, ContentDefinition definition, TModel model);

    protected virtual void Validate(TModel model, ContentDefinition definition, ModelStateDictionary errors)
    {
    }

    /// <summary>Copies the validated model into <paramref name="settings"/> (and, when the type needs it, the field's common settings).</summary>
    protected abstract void Write(TModel model, TSettings settings, ContentPartFieldDefinition field);
}
