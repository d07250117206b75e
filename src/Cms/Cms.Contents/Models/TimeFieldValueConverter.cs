using System.Globalization;
using Cms.Contents.Fields;

namespace Cms.Contents.Models;

/// <summary>TimeField's value: <c>HH:mm</c>.</summary>
public sealed class TimeFieldValueConverter : FieldTextValueConverter<TimeOnly>
{
    protected override bool TryParse(string text, out TimeOnly value) => FieldDriverSupport.TryParseTime(text, out value);

    protected override string Format(TimeOnly value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);
}
