using Council.Grants.Decisions;

namespace Council.Grants.Controllers;

/// <summary>The decision page: the case, the form as typed, the criteria checklist, the outcome names, and what is left of the pool besides this decision.</summary>
public sealed record DecisionViewModel(
    GrantDecisionCase Case,
    GrantDecisionInput Input,
    IReadOnlyList<(string Key, string Label)> Criteria,
    GrantDecisionService Texts,
    decimal? Remaining)
{
    public string ApplicationUrl => $"/admin/applications/{Uri.EscapeDataString(Case.Item.ContentItemId)}";
}
