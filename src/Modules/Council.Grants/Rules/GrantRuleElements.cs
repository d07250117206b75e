using System.Globalization;

namespace Council.Grants.Rules;

/// <summary>
/// The elements the rules speak of: properties of GrantBudgetPart and fields of the GrantApplication type's own
/// part, named as their inputs end (a caller puts its prefix in front).
/// </summary>
public static class GrantRuleElements
{
    public const string AmountAppliedFor = "AmountAppliedFor";
    public const string BudgetLines = "BudgetLines";
    public const string FinancingLines = "FinancingLines";
    public const string Cvr = "Cvr";
    public const string StartDate = "StartDate";
    public const string EndDate = "EndDate";
    public const string ApplicantKind = "ApplicantKind";

    public static string BudgetLine(int index, string property) => Line(BudgetLines, index, property);

    public static string FinancingLine(int index, string property) => Line(FinancingLines, index, property);

    private static string Line(string list, int index, string property) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}].{property}");
}
