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
}
