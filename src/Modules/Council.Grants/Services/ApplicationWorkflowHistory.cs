namespace Council.Grants.Services;

/// <summary>An application's workflow instances with their journals, and the tasks still open on it.</summary>
public sealed record ApplicationWorkflowHistory(IReadOnlyList<ApplicationWorkflowRun> Runs, IReadOnlyList<ApplicationOpenTask> OpenTasks);

/// <summary>One instance about the application: its type, status, a link to it, and what it did, oldest first.</summary>
public sealed record ApplicationWorkflowRun(string TypeName, string Status, string Url, IReadOnlyList<ApplicationJournalLine> Journal);

/// <summary>One executed activity: when (local time, 25.11.2026 14:30), which, its outcomes, by whom and why.</summary>
public sealed record ApplicationJournalLine(string When, string Activity, string Outcomes, string UserName, string? Note, string? Error);

/// <summary>A task waiting on the application: its title, who has it, when it is due, and the inbox's link to it.</summary>
public sealed record ApplicationOpenTask(string Title, string? Assignee, string? Due, string Url);
