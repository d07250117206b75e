namespace Council.Grants.Rules;

/// <summary>
/// One thing the rules found: which element it concerns (see <see cref="GrantRuleElements"/>), how serious it is,
/// and the message as an English text with placeholders, translated where it is shown.
/// </summary>
public sealed record GrantRuleFinding(string Element, GrantRuleSeverity Severity, string Message, params object[] Arguments);
