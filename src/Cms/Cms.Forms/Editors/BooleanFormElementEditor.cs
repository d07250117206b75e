using Cms.Contents.Fields;
using Cms.Forms.Localization;
using Microsoft.Extensions.Localization;

namespace Cms.Forms.Editors;

/// <summary>BooleanField: a checkbox; one the form requires (a consent) must be ticked.</summary>
public sealed class BooleanFormElementEditor(IEnumerable<IContentFieldDriver> drivers, IStringLocalizer<FormStrings> T) : FieldFormElementEditor(drivers)
{
    public override string? FieldType => FieldTypes.Boolean;

    public override string View => "~/Views/FormElements/BooleanField.cshtml";

    protected override string Property => "Value";

    public override async ValueTask ApplyAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        await base.ApplyAsync(context, cancellationToken);
        if (context.Element.Required && !context.Answers.GetAll(context.Element.Name(Property)).Contains("true"))
        {
            context.AddError(Property, T["Tick the box: {0}.", context.Element.Label]);
        }
    }
}
