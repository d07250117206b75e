namespace Council.Grants.Reports;

/// <summary>One report overdue: its application's reference and project, the due date (25.11.2026), days past it, and the application's page.</summary>
public sealed record OverdueGrantReport(string Reference, string ProjectTitle, string Due, int DaysPastDue, string Url);
