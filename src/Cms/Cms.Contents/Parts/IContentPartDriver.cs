using Cms.Contents.Drivers;

namespace Cms.Contents.Parts;

/// <summary>
/// The editor and display of a part (its own properties; the part's fields have their own drivers). Registered
/// with <c>services.AddContentPart&lt;T&gt;()</c>; write one on <see cref="ContentPartDriver{TPart}"/>.
/// </summary>
public interface IContentPartDriver : IContentElementDriver
{
    string PartName { get; }
}
