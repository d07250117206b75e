using System.Globalization;

namespace Cms.Contents.Services;

/// <summary>
/// A submit button inside the content editor that shows the editor again instead of saving it, so a picker
/// can search or turn a page without JavaScript and without losing what was typed elsewhere in the form.
/// The button is named <see cref="ButtonName"/>; its value is <c>{input name}={value}</c> (e.g.
/// <c>Page.Related.Page=2</c>), which is set on the form before it is shown again. Only inputs whose name
/// ends with <see cref="PageSuffix"/> can be set so.
/// </summary>
public static class EditorRefresh
{
    public const string ButtonName = "EditorRefresh";

    /// <summary>The form name of a picker's search box: <c>{field}.Search</c>.</summary>
    public const string SearchSuffix = ".Search";

    /// <summary>The form name of a picker's page: <c>{field}.Page</c>.</summary>
    public const string PageSuffix = ".Page";

    /// <summary>The button value that shows page <paramref name="page"/> of the picker at <paramref name="fieldName"/>.</summary>
    public static string ToPage(string fieldName, int page) => $"{fieldName}{PageSuffix}={page.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Applies a refresh button's value to the posted form; false when the post was not a refresh.</summary>
    public static bool TryApply(ContentEditorForm form)
    {
        var value = form.Get(ButtonName);
        if (value.Length == 0)
        {
            return false;
        }

        var equals = value.LastIndexOf('=');
        if (equals > 0 && value[..equals].EndsWith(PageSuffix, StringComparison.Ordinal))
        {
            form.Set(value[..equals], value[(equals + 1)..]);
        }

        return true;
    }

    /// <summary>The page a picker asks for (1 when none or not a number), at most <paramref name="pages"/>.</summary>
    public static int Page(ContentEditorForm form, string fieldName, int pages) =>
        int.TryParse(form.Get(fieldName + PageSuffix), NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, Math.Max(pages, 1)) : 1;
}
