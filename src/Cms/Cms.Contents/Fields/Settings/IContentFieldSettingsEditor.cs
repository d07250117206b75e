using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Contents.Fields.Settings;

/// <summary>
/// The editor of one field type's own settings (the second step of adding a field, and the field's settings page),
/// registered beside the field's driver with <c>services.AddContentFieldSettings&lt;T&gt;()</c>. The page binds the
/// posted form to <see cref="ModelType"/> and renders <see cref="View"/> with it below the settings every field has
/// (display name, hint, required, position); the editor reads, validates and writes the rest, so the content-type
/// pages know no field type by name.
/// </summary>
public interface IContentFieldSettingsEditor
{
    string FieldType { get; }

    /// <summary>The Razor partial with the inputs (its model is a <see cref="FieldSettingsEditor"/>).</summary>
    string View { get; }

    /// <summary>The type the posted form is bound to. Its property names must differ from the common inputs'.</summary>
    Type ModelType { get; }

    /// <summary>The input names in the form's order, for the error summary.</summary>
    IReadOnlyList<string> Inputs { get; }

    /// <summary>Whether the field can be required (a checkbox cannot).</summary>
    bool HasRequired { get; }

    /// <summary>The model from the stored settings.</summary>
    object Read(ContentPartFieldDefinition field, ContentDefinition definition);

    /// <summary>Validates the posted model (errors go to <paramref name="errors"/> by input name).</summary>
    void Validate(object model, ContentDefinition definition, ModelStateDictionary errors);

    /// <summary>Writes a validated model into the field's settings, keeping the settings it does not edit.</summary>
    void Write(object model, ContentPartFieldDefinition field);
}
