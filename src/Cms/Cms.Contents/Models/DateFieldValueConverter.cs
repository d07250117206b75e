using System.Globalization;
using Cms.Contents.Fields;

namespace Cms.Contents.Models;

/// <summary>DateField's value: <c>yyyy-MM-dd</c>.</summary>
public sealed class DateFieldValueConverter : FieldTextValueConverter<DateOnly>
{
    protected override bool TryParse(string text, out DateOnly value) => FieldDriverSupport.TryParseDate(text, out value);

    protected override string Format(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
