using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Cms.Contents.Services;
using Microsoft.Extensions.Primitives;

namespace Cms.Contents.Drivers;

/// <summary>
/// One element (a part or a field) of one item in one step of its driver: the item, where the element's inputs
/// live in the form (<see cref="Prefix"/>), whether the item is new, the editor's form and the element's JSON.
/// </summary>
public abstract class ContentElementContext(ContentItem item, string prefix, string label, ContentEditorForm? form, bool isNew, bool isPosted)
{
    private ContentEditorForm? _form = form;

    public ContentItem Item { get; } = item;

    /// <summary>Form-name prefix of the element's inputs: the part's name in the item (<c>TitlePart</c>), or part and field (<c>Page.Intro</c>).</summary>
    public string Prefix { get; } = prefix;

    public string Label { get; } = label;

    public bool IsNew { get; } = isNew;

    /// <summary>The form holds what the user posted (shown again with its errors): editing keeps those inputs.</summary>
    public bool IsPosted { get; } = isPosted;

    /// <summary>The editor's inputs and errors (an empty form when the item is only shown).</summary>
    public ContentEditorForm Form => _form ??= new ContentEditorForm();

    /// <summary>The element's object in the item's JSON, or null when the item has none.</summary>
    public abstract JsonObject? Json { get; }

    /// <summary>Form name of one of the element's inputs, e.g. <c>Page.Intro.Text</c>.</summary>
    public string Name(string property) => $"{Prefix}.{property}";

    public abstract T Settings<T>()
        where T : class, new();

    /// <summary>Fills an input from the stored value; a posted form keeps what the user sent.</summary>
    public void SetInput(string property, StringValues value)
    {
        if (!IsPosted)
        {
            Form.Set(Name(property), value);
        }
    }

    /// <summary>The posted text of an input, trimmed.</summary>
    public string Input(string property) => Form.Get(Name(property)).Trim();

    /// <summary>The posted values of an input that may be given several times (checkboxes, pickers), without empty ones.</summary>
    public IReadOnlyList<string> Inputs(string property) => Form.GetAll(Name(property));

    public void AddError(string property, string message) => Form.AddError(Name(property), message);
}
