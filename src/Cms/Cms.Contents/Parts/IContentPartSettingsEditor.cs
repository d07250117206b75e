using Cms.Contents.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Contents.Parts;

/// <summary>
/// The editor of a part's settings in a content type (the content-type editor's "Settings of …" page),
/// registered beside the part's driver with <c>services.AddContentPartSettings&lt;T&gt;()</c>. The page binds the
/// posted form to <see cref="ModelType"/> and renders <see cref="View"/> with it; the editor reads, validates and
/// writes the settings, so the content-type pages know no part by name.
/// </summary>
public interface IContentPartSettingsEditor
{
    string PartName { get; }

    /// <summary>The Razor partial with the inputs (its model is a <see cref="PartSettingsEditor"/>).</summary>
    string View { get; }

    /// <summary>The type the posted form is bound to.</summary>
    Type ModelType { get; }

    /// <summary>The input names in the form's order, for the error summary.</summary>
    IReadOnlyList<string> Inputs { get; }

    /// <summary>The model from the stored settings.</summary>
    object Read(ContentTypePartDefinition part, ContentDefinition definition);

    /// <summary>Validates the posted model (errors go to <paramref name="errors"/> by input name) and, when valid, stores it in the part's settings.</summary>
    bool Apply(object model, ContentTypePartDefinition part, ContentDefinition definition, ModelStateDictionary errors);
}
