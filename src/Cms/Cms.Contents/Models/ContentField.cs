namespace Cms.Contents.Models;

/// <summary>
/// The typed model of a field, in Orchard's JSON shape: its properties are the properties of the field's object
/// inside its part's object (<c>{"Page": {"Intro": {"Text": "…"}}}</c>), and the class name is the field type.
/// A field driver (<c>ContentFieldDriver&lt;TField&gt;</c>) reads and writes the model; only the field's own code
/// knows its property names.
/// </summary>
public abstract class ContentField;
