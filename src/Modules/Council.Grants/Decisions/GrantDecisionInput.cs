namespace Council.Grants.Decisions;

/// <summary>The decision form as typed: kept whole when the form comes back with its errors.</summary>
public sealed class GrantDecisionInput
{
    /// <summary>A <see cref="Models.GrantDecisionOutcome"/> name.</summary>
    public string Outcome { get; set; } = "";

    /// <summary>The amount granted, Danish notation (12.000 or 12.000,50).</summary>
    public string Amount { get; set; } = "";

    public string Conditions { get; set; } = "";

    /// <summary>The keys of <see cref="GrantCriteria"/> the application did not meet.</summary>
    public List<string> Criteria { get; set; } = [];

    public string MainConsiderations { get; set; } = "";

    public string FactsReliedOn { get; set; } = "";

    public string FreeText { get; set; } = "";

    public bool ShowInPublicList { get; set; }

    /// <summary>"Bevilg ud over puljen": book the grant even though it is more than what is left.</summary>
    public bool OverrideBooking { get; set; }

    public string OverrideReason { get; set; } = "";

    /// <summary>The version of the decision the form was opened on (<see cref="GrantDecisionService.VersionOf"/>); empty for a first decision.</summary>
    public string Version { get; set; } = "";

    /// <summary>What was left of the pool when the form was shown (invariant notation), to tell the secretary when it has shrunk since.</summary>
    public string Remaining { get; set; } = "";

    /// <summary>Empty fields come from the form as null: they are kept as empty text.</summary>
    public GrantDecisionInput Normalised()
    {
        Outcome ??= "";
        Amount ??= "";
        Conditions ??= "";
        Criteria ??= [];
        MainConsiderations ??= "";
        FactsReliedOn ??= "";
        FreeText ??= "";
        OverrideReason ??= "";
        Version ??= "";
        Remaining ??= "";
        return this;
    }

    /// <summary>The fields in the form's order, for the error summary.</summary>
    public static readonly IReadOnlyList<string> Order =
    [
        nameof(Outcome), nameof(Amount), nameof(Conditions), nameof(Criteria), nameof(MainConsiderations), nameof(FactsReliedOn),
        nameof(FreeText), nameof(ShowInPublicList), nameof(OverrideBooking), nameof(OverrideReason),
    ];
}
