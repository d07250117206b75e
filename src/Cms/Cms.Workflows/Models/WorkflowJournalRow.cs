namespace Cms.Workflows.Models;

/// <summary>One executed activity in an instance's journal, as its page shows it.</summary>
public sealed record WorkflowJournalRow(string Started, string Duration, string ActivityId, string ActivityTitle, string Outcomes, bool Halted, string UserName, string? Error);
