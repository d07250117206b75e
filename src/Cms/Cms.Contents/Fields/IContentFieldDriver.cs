using Cms.Contents.Drivers;

namespace Cms.Contents.Fields;

/// <summary>
/// One field type: its editor, validation and display. Registered with <c>services.AddContentField&lt;T&gt;()</c>;
/// write one on <see cref="ContentFieldDriver{TField}"/>.
/// </summary>
public interface IContentFieldDriver : IContentElementDriver
{
    /// <summary>The field type this driver handles, e.g. <c>TextField</c>.</summary>
    string FieldType { get; }

    /// <summary>
    /// The field's settings class (named "{FieldType}Settings", e.g. <c>MediaFieldSettings</c>) when it lives
    /// outside this assembly; the content-type editor offers the settings that class has.
    /// </summary>
    Type? SettingsType => null;
}
