using Cms.Contents.Services;

namespace Cms.Contents.Parts;

/// <summary>
/// An optional picker of the site's images, for parts that store an image address (the SeoMetaPart's social
/// image). A module with an image library registers one; without it the part offers a text input for the address.
/// </summary>
public interface IImagePicker
{
    /// <summary>The Razor partial of the picker; its model is an <see cref="ImagePickerEditor"/>.</summary>
    string EditorView { get; }

    /// <summary>What the picker offers for the input <paramref name="name"/>, read from the editor's inputs (filter, search, page).</summary>
    Task<object?> EditorDataAsync(string name, ContentEditorForm form, CancellationToken cancellationToken);

    /// <summary>Whether <paramref name="address"/> is an address the picker offers (an image of the library).</summary>
    bool IsLibraryAddress(string address);

    /// <summary>Whether <paramref name="address"/> is an image of the library that exists.</summary>
    Task<bool> IsImageAsync(string address, CancellationToken cancellationToken);
}

/// <summary>The model of an image picker's partial: the part editor, the input's property, its label and the picker's data.</summary>
public sealed record ImagePickerEditor(PartEditor Part, string Property, string Label, object? Data)
{
    public string Name => Part.Part.Name(Property);
}

/// <summary>What the SeoMetaPart editor needs: the image picker and its data, when a picker is registered.</summary>
public sealed record SeoMetaEditorData(IImagePicker Picker, object? PickerData);
