using Cms.Contents.Fields;
using Cms.Forms.Services;

namespace Cms.Forms.Editors;

/// <summary>
/// A field's public-form editor that leaves validation and storage to the field's content driver (the admin's
/// rules and messages, one copy): the answers are handed to the driver as a posted editor would be.
/// </summary>
public abstract class FieldFormElementEditor(IEnumerable<IContentFieldDriver> drivers) : IFormElementEditor
{
    public abstract string? FieldType { get; }

    public string? PartName => null;

    public abstract string View { get; }

    /// <summary>The driver's main input, e.g. <c>Text</c> or <c>Value</c>.</summary>
    protected abstract string Property { get; }

    public virtual string FocusProperty(FormElement element) => Property;

    public virtual ValueTask CollectAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        if (context.Request?.HasFormContentType == true)
        {
            context.Answers.TakePosted(context.Element.Prefix, context.Request.Form);
        }

        return default;
    }

    public virtual async ValueTask ApplyAsync(FormElementContext context, CancellationToken cancellationToken) =>
        await Driver.UpdateAsync(FieldContextOf(context), cancellationToken);

    public virtual async ValueTask<string> SummaryAsync(FormElementContext context, CancellationToken cancellationToken) =>
        (await Driver.DisplayAsync(FieldContextOf(context), cancellationToken))?.Text ?? "";

    private IContentFieldDriver Driver => drivers.FirstOrDefault(d => string.Equals(d.FieldType, FieldType, StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No content driver for the field type '{FieldType}'.");

    protected static FieldContext FieldContextOf(FormElementContext context)
    {
        var element = context.Element;
        return new FieldContext(element.PartName, element.Field!, element.Prefix, element.Label, context.Item, context.Form, isNew: true, isPosted: true);
    }
}
