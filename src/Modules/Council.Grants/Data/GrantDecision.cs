using Council.Grants.Models;

namespace Council.Grants.Data;

/// <summary>
/// The council's decision on an application at one meeting (an administrative decision: a refusal or a partial grant
/// states its reasons, forvaltningsloven §§ 22–24). A deferral is a decision row too; the latest row is the one in force.
/// </summary>
public sealed class GrantDecision
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    /// <summary>The meeting (Council.Meetings' Meeting.Id) and its local date.</summary>
    public long MeetingId { get; set; }

    public DateOnly MeetingDate { get; set; }

    public GrantDecisionOutcome Outcome { get; set; }

    /// <summary>The amount granted (may be below the amount asked); null when refused or deferred.</summary>
    public decimal? GrantedAmount { get; set; }

    /// <summary>Conditions of the grant, e.g. "Støtten må kun bruges til leje af lokaler".</summary>
    public string Conditions { get; set; } = "";

    /// <summary>The keys of the seed's criteria the application did not meet (a refusal's or partial grant's reasons).</summary>
    public List<string> CriteriaNotMet { get; set; } = [];

    /// <summary>The main considerations (hovedhensyn) behind the decision.</summary>
    public string MainConsiderations { get; set; } = "";

    /// <summary>The facts relied on (de faktiske omstændigheder).</summary>
    public string FactsReliedOn { get; set; } = "";

    public string FreeText { get; set; } = "";

    /// <summary>Why the grant was booked beyond what was left of the year's pool; empty when it fitted.</summary>
    public string OverrideReason { get; set; } = "";

    /// <summary>The pool year it is booked against.</summary>
    public int PoolYear { get; set; }

    /// <summary>Shown on the public list of granted projects (organisation, project title, amount).</summary>
    public bool ShowInPublicList { get; set; }

    public DateTime DecidedUtc { get; set; }

    public string DecidedBy { get; set; } = "";

    public Guid ConcurrencyStamp { get; set; }
}
