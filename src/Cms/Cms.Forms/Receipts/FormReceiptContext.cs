using Cms.Contents.Models;
using Cms.Forms.Services;

namespace Cms.Forms.Receipts;

/// <summary>
/// What a receipt is about: the form (in the page's language), the stored item as it is now, and the language the
/// citizen used when they sent it (the page is shown in that language).
/// </summary>
public sealed record FormReceiptContext(FormDescriptor Form, ContentItem Item, string Reference, string Culture, DateTime SubmittedUtc);
