using Cms.Contents.Fields.Settings;

namespace Cms.Contents.Fields;

/// <summary>
/// The field types the site knows: the built-in ones and those other modules add with
/// <c>services.AddContentField&lt;T&gt;()</c>, each with the editor of its own settings when it has one
/// (<c>services.AddContentFieldSettings&lt;T&gt;()</c>).
/// </summary>
public sealed class FieldTypeCatalog(IEnumerable<IContentFieldDriver> drivers, IEnumerable<IContentFieldSettingsEditor> settingsEditors)
{
    private readonly IReadOnlyList<IContentFieldDriver> _drivers = drivers.ToList();
    private readonly IReadOnlyList<IContentFieldSettingsEditor> _settingsEditors = settingsEditors.ToList();

    public IReadOnlyList<string> Names => FieldTypes.All.Concat(_drivers.Select(d => d.FieldType)).Distinct(StringComparer.Ordinal).ToList();

    public bool IsKnown(string fieldType) => Names.Contains(fieldType, StringComparer.Ordinal);

    /// <summary>The editor of the field type's own settings, or null when it has only the settings every field has.</summary>
    public IContentFieldSettingsEditor? SettingsEditor(string fieldType) =>
        _settingsEditors.FirstOrDefault(e => string.Equals(e.FieldType, fieldType, StringComparison.Ordinal));
}
