namespace Cms.Forms.Controllers;

/// <summary>One page of the submissions list, newest first, with the form filter (type name → display name).</summary>
public sealed record FormSubmissionsIndexViewModel(IReadOnlyList<KeyValuePair<string, string>> Types, string? Type, IReadOnlyList<FormSubmissionRow> Rows, int Total, int Page, int PageCount);
