namespace Cms.Forms.Events;

/// <summary>
/// A form submission was stored as <paramref name="ContentItemId"/>; published once it has committed.
/// <paramref name="ReceiptUrl"/> is the citizen's private receipt address (site-relative): only its token's hash is
/// stored, so this is the one moment a mail can carry the link.
/// </summary>
public sealed record FormSubmitted(string ContentItemId, string ContentType, string Reference, string Culture, string ReceiptUrl);
