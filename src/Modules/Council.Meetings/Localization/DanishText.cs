using System.Globalization;
using Cms.Core.Localization;

namespace Council.Meetings.Localization;

/// <summary>
/// Text kept as the council's record (a conflict's reason, a deferral, the minutes) is written in Danish whatever the
/// language of the user or job that writes it.
/// </summary>
public static class DanishText
{
    public static T Of<T>(Func<T> write)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = DanishCulture.Culture;
        CultureInfo.CurrentCulture = DanishCulture.Culture;
        try
        {
            return write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>As <see cref="Of{T}"/>, for text that awaits what it writes from (the culture flows into the awaits).</summary>
    public static async Task<T> OfAsync<T>(Func<Task<T>> write)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = DanishCulture.Culture;
        CultureInfo.CurrentCulture = DanishCulture.Culture;
        try
        {
            return await write();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }
}
