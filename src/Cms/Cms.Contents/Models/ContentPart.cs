namespace Cms.Contents.Models;

/// <summary>
/// The typed model of a part, in Orchard's JSON shape: its properties are the properties of the part's object in
/// the item's JSON (<c>{"TitlePart": {"Title": "…"}}</c>), and the class name is the part name. Read one with
/// <c>item.As&lt;TitlePart&gt;()</c> and change one with <c>item.Alter&lt;TitlePart&gt;(p =&gt; …)</c>; only the part's
/// own code knows its property names.
/// </summary>
public abstract class ContentPart;
