using System.Globalization;

namespace Cms.Contents.Models;

/// <summary>DateTimeField's value: UTC as <c>yyyy-MM-ddTHH:mm:ssZ</c>; a stored time without a zone is taken as UTC.</summary>
public sealed class DateTimeFieldValueConverter : FieldTextValueConverter<DateTime>
{
    protected override bool TryParse(string text, out DateTime value) =>
        DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);

    protected override string Format(DateTime value) => value.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
