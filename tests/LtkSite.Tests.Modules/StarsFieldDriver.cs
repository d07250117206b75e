using System.Globalization;
using Cms.Contents.Fields;
using Microsoft.AspNetCore.Html;

namespace LtkSite.Tests.Modules;

/// <summary>StarsField: from 1 to the field's Max, shown as "2 of 3 stars".</summary>
public sealed class StarsFieldDriver : ContentFieldDriver<StarsField>
{
    public override string EditorView => "~/Views/TestExtensions/StarsField.cshtml";

    public override ValueTask<object?> EditAsync(StarsField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Stars", field.Stars?.ToString(CultureInfo.InvariantCulture) ?? "");
        return new(context.Settings<StarsFieldSettings>().Max);
    }

    public override ValueTask UpdateAsync(StarsField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<StarsFieldSettings>();
        var text = context.Input("Stars");
        field.Stars = null;
        if (text.Length == 0)
        {
            if (settings.Required)
            {
                context.AddError("Stars", $"Give {context.Label}.");
            }
        }
        else if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var stars) || stars < 1 || stars > settings.Max)
        {
            context.AddError("Stars", $"Give {context.Label} from 1 to {settings.Max}.");
        }
        else
        {
            field.Stars = stars;
        }

        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(StarsField field, FieldContext context, CancellationToken cancellationToken)
    {
        if (field.Stars is not { } stars)
        {
            return new(ContentDisplay.Empty);
        }

        var text = $"{stars} of {context.Settings<StarsFieldSettings>().Max} stars";
        return new(new ContentDisplay(text, new HtmlContentBuilder().AppendHtml("<span class=\"stars\">").Append(text).AppendHtml("</span>")));
    }
}
