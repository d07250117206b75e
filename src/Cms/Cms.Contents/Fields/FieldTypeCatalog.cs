namespace Cms.Contents.Fields;

/// <summary>
/// The field types the site knows: the built-in ones and those other modules add with
/// <c>services.AddContentField&lt;T&gt;()</c>.
/// </summary>
public sealed class FieldTypeCatalog(IEnumerable<IContentFieldDriver> drivers)
{
    private readonly IReadOnlyList<IContentFieldDriver> _drivers = drivers.ToList();

    public IReadOnlyList<string> Names => FieldTypes.All.Concat(_drivers.Select(d => d.FieldType)).Distinct(StringComparer.Ordinal).ToList();

    public bool IsKnown(string fieldType) => Names.Contains(fieldType, StringComparer.Ordinal);

    /// <summary>The settings class of a field type, or null when it has none.</summary>
    public Type? SettingsClassOf(string fieldType) =>
        _drivers.FirstOrDefault(d => d.FieldType == fieldType)?.SettingsType
        ?? typeof(TextFieldSettings).Assembly.GetType($"{typeof(TextFieldSettings).Namespace}.{fieldType}Settings");
}
