namespace Cms.Workflows.Models;

/// <summary>One executed activity in an instance's journal, as its page shows it; <see cref="Note"/> says why (a comment, a withdrawal, an abort).</summary>
public sealed record WorkflowJournalRow(string Started, string Duration, string ActivityId, string ActivityTitle, string Outcomes, bool Halted, string UserName, string? Error)
{
    public string? Note { get; init; }
}
