namespace Cms.Forms.Controllers;

/// <summary>A submission with what was sent, step by step, and the language it was sent in.</summary>
public sealed record FormSubmissionDetailViewModel(FormSubmissionRow Row, string Culture, IReadOnlyList<FormReceiptSection> Sections);
