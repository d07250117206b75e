namespace Cms.Forms.Editors;

/// <summary>
/// How one kind of element appears on a public form: fields by type (<see cref="FieldType"/>) or parts by name
/// (<see cref="PartName"/>). Register with <c>services.AddFormElementEditor&lt;T&gt;()</c>; a module adds editors for
/// its own parts (e.g. a budget table). Write one on <see cref="FieldFormElementEditor"/> to reuse the field's
/// content driver for validation and storage, so the form checks what the admin checks.
/// </summary>
public interface IFormElementEditor
{
    /// <summary>The field type handled, e.g. <c>TextField</c>; null for a part editor.</summary>
    string? FieldType { get; }

    /// <summary>The part handled, e.g. <c>BudgetPart</c>; null for a field editor.</summary>
    string? PartName { get; }

    /// <summary>The Razor partial of the inputs (model: <see cref="FormElementView"/>).</summary>
    string View { get; }

    /// <summary>The input the error summary links to (it gets the focus), e.g. <c>Text</c>.</summary>
    string FocusProperty(Services.FormElement element);

    /// <summary>
    /// True when every error the editor adds is keyed by the input it concerns (a table's lines): the error summary
    /// then lists each one linked to its input. False: the element's first error, linked to <see cref="FocusProperty"/>.
    /// </summary>
    bool ErrorsByInput => false;

    /// <summary>Takes the element's posted inputs into the answers (a file is stored and its id kept instead).</summary>
    ValueTask CollectAsync(FormElementContext context, CancellationToken cancellationToken);

    /// <summary>Validates the answers (errors go to <see cref="FormElementContext.Form"/>) and writes the value into the item.</summary>
    ValueTask ApplyAsync(FormElementContext context, CancellationToken cancellationToken);

    /// <summary>The answer as the check-your-answers page and the receipt show it, after <see cref="ApplyAsync"/>.</summary>
    ValueTask<string> SummaryAsync(FormElementContext context, CancellationToken cancellationToken);
}
