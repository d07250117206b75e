using Cms.Contents.Fields;

namespace Cms.Contents.Drivers;

/// <summary>
/// The editor and display of one element of an item: a part's own properties (<c>IContentPartDriver</c>) or a
/// field (<c>IContentFieldDriver</c>). Both take the same three steps, so the editor service treats them alike
/// (docs/decisions/0020-one-driver-contract.md). Write a driver on <c>ContentPartDriver&lt;TPart&gt;</c> or
/// <c>ContentFieldDriver&lt;TField&gt;</c>, which read and write the element's typed model.
/// </summary>
public interface IContentElementDriver
{
    /// <summary>The Razor partial of the editor (its model is a <c>PartEditor</c> for a part, a <c>FieldEditor</c> for a field).</summary>
    string EditorView { get; }

    /// <summary>
    /// Fills the form's inputs from the stored value, or the defaults for a new item (unless the form shows what the
    /// user posted), and returns what else the editor needs, e.g. the items a picker offers; null when nothing.
    /// </summary>
    ValueTask<object?> EditAsync(ContentElementContext context, CancellationToken cancellationToken);

    /// <summary>Reads and validates the posted inputs (problems go to the form's errors) and writes the value into the item.</summary>
    ValueTask UpdateAsync(ContentElementContext context, CancellationToken cancellationToken);

    /// <summary>
    /// What the element shows on pages and in the version comparison; null when it shows nothing. This runs for
    /// every element of every uncached page: keep it free of queries where the value allows.
    /// </summary>
    ValueTask<ContentDisplay?> DisplayAsync(ContentElementContext context, CancellationToken cancellationToken);
}
