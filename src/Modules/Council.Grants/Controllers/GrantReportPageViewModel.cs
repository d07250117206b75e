namespace Council.Grants.Controllers;

/// <summary>
/// The grantee's report page: what the secretariat asks for, the form with what was typed and uploaded kept and its errors,
/// or the state of the link (the report is in, the case is closed).
/// </summary>
public sealed record GrantReportPageViewModel(string Action, string Due, IReadOnlyList<GrantReportPageLine> Lines)
{
    public string Request { get; init; } = "";

    public string WhatHappened { get; init; } = "";

    public string Participants { get; init; } = "";

    public string BudgetTotal { get; init; } = "";

    /// <summary>The sum of the actual costs typed so far; empty until some are.</summary>
    public string ActualTotal { get; init; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; init; } = [];

    /// <summary>When the report came in (dd.MM.yyyy), once it has.</summary>
    public string? SubmittedOn { get; init; }

    public bool Closed { get; init; }

    public string? ErrorOf(string key) => Errors.FirstOrDefault(e => e.Key == key).Value;
}
