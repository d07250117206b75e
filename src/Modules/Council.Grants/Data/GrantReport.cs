namespace Council.Grants.Data;

/// <summary>
/// A grantee's report on their project, asked for once the project's end date has come: what happened, how many took part,
/// and the accounts line by line (<see cref="GrantReportLine"/>) with a receipt each. Reached only by private links
/// (<see cref="GrantReportLink"/>); sent once. When the secretariat asks for more, a new report is asked for.
/// </summary>
public sealed class GrantReport
{
    public const int MaxTextLength = 4000;

    public long Id { get; set; }

    /// <summary>Names this request in the workflow's signal, so a report is signalled once.</summary>
    public string RequestId { get; set; } = "";

    public string ContentItemId { get; set; } = "";

    /// <summary>"da" or "en": the language of the mails and the page.</summary>
    public string Language { get; set; } = "da";

    public DateTime RequestedUtc { get; set; }

    /// <summary>The project's end date, when the report was due (a local date).</summary>
    public DateOnly DueDate { get; set; }

    /// <summary>What the secretariat asked for when it wanted more than an earlier report gave; empty for the first.</summary>
    public string Request { get; set; } = "";

    public DateTime? SubmittedUtc { get; set; }

    public string WhatHappened { get; set; } = "";

    public int? Participants { get; set; }

    public List<GrantReportLine> Lines { get; set; } = [];

    public List<GrantReportLink> Links { get; set; } = [];
}
