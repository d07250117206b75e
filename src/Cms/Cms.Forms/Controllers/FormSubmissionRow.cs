namespace Cms.Forms.Controllers;

/// <summary>A submission in the staff's list: its reference, when it came in, its form, what it is about and its status.</summary>
public sealed record FormSubmissionRow(string ContentItemId, string Reference, string Received, string Form, string Title, string? Status);
