namespace Council.Grants.Rules;

/// <summary>What the rules say about an application: the findings, the computed budget total and the flags for screening.</summary>
public sealed record GrantRuleResult(IReadOnlyList<GrantRuleFinding> Findings, decimal Total, bool LowerPriority, bool StartsBeforeMeeting)
{
    public IEnumerable<GrantRuleFinding> Errors => Findings.Where(f => f.Severity == GrantRuleSeverity.Error);

    public IEnumerable<GrantRuleFinding> Warnings => Findings.Where(f => f.Severity == GrantRuleSeverity.Warning);

    public bool IsValid => !Errors.Any();
}
