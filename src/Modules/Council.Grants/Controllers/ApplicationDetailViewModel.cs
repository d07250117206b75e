using Council.Grants.Services;

namespace Council.Grants.Controllers;

/// <summary>
/// One application for the secretariat: its key facts, every answer by the form's steps, the status history, the
/// workflow journal and open tasks, the audit history and the internal notes with the note form.
/// </summary>
public sealed class ApplicationDetailViewModel
{
    public required string ContentItemId { get; init; }

    public required string Title { get; init; }

    public required string Reference { get; init; }

    public required string Status { get; init; }

    public required string Kind { get; init; }

    public required string Amount { get; init; }

    public required string TotalBudget { get; init; }

    public required string Submitted { get; init; }

    public string? ExpectedMeeting { get; init; }

    public string? AgendaMeeting { get; init; }

    public required IReadOnlyList<string> Flags { get; init; }

    public required IReadOnlyList<ApplicationAnswerGroup> Groups { get; init; }

    public required IReadOnlyList<ApplicationStatusChange> StatusHistory { get; init; }

    /// <summary>Null when the workflow module is not part of the site.</summary>
    public ApplicationWorkflowHistory? Workflow { get; init; }

    public required IReadOnlyList<ApplicationAuditLine> Audit { get; init; }

    public required IReadOnlyList<ApplicationNoteLine> Notes { get; init; }

    public NoteInput Note { get; init; } = new();

    public string EditUrl => $"/admin/content/{Uri.EscapeDataString(ContentItemId)}/edit";

    public string Url => $"/admin/applications/{Uri.EscapeDataString(ContentItemId)}";
}
