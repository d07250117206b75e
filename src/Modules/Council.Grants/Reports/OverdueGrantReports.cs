namespace Council.Grants.Reports;

/// <summary>The dashboard's reports not in: how many are past due, how many overdue by more than 30 days, and those listed.</summary>
public sealed record OverdueGrantReports(int PastDue, int Overdue, IReadOnlyList<OverdueGrantReport> Listed);
