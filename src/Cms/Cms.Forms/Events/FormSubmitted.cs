namespace Cms.Forms.Events;

/// <summary>A form submission was stored as <paramref name="ContentItemId"/>; published once it has committed.</summary>
public sealed record FormSubmitted(string ContentItemId, string ContentType, string Reference, string Culture);
