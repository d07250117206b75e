using System.Globalization;
using Cms.Forms.Services;
using Council.Grants.Rules;
using Council.Grants.Services;

namespace Council.Grants.Forms;

/// <summary>
/// The budget's rows in a public form's answers, as typed: <c>{prefix}.BudgetLines[0].Item</c>, <c>…Amount</c>,
/// <c>{prefix}.FinancingLines[0].Source</c>, <c>…Amount</c>, <c>…Secured</c>. Rows are kept without gaps, so row
/// n on the page is line n in the rules' messages.
/// </summary>
internal static class BudgetAnswers
{
    public const string Item = "Item";
    public const string Source = "Source";
    public const string Amount = "Amount";
    public const string Secured = "Secured";

    public sealed record Row(string First, string Amount, bool Secured)
    {
        public static readonly Row Blank = new("", "", false);

        public bool IsBlank => First.Trim().Length == 0 && Amount.Trim().Length == 0;
    }

    public static string FirstOf(string list) => list == GrantRuleElements.BudgetLines ? Item : Source;

    public static List<Row> Read(FormAnswers answers, string prefix, string list)
    {
        var start = $"{prefix}.{list}[";
        var indexes = answers.Values.Keys
            .Where(k => k.StartsWith(start, StringComparison.Ordinal))
            .Select(k => k[start.Length..])
            .Select(rest => rest.IndexOf(']', StringComparison.Ordinal) is var end and > 0
                && int.TryParse(rest.AsSpan(0, end), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1)
            .Where(i => i >= 0 && i < 200)
            .Distinct()
            .Order();
        return [.. indexes.Select(i => new Row(
            answers.Get(Name(prefix, list, i, FirstOf(list))),
            answers.Get(Name(prefix, list, i, Amount)),
            answers.Get(Name(prefix, list, i, Secured)) == "true"))];
    }

    /// <summary>Replaces the list's rows in the answers.</summary>
    public static void Write(FormAnswers answers, string prefix, string list, IReadOnlyList<Row> rows)
    {
        var start = $"{prefix}.{list}[";
        foreach (var key in answers.Values.Keys.Where(k => k.StartsWith(start, StringComparison.Ordinal)).ToList())
        {
            answers.Values.Remove(key);
        }

        for (var i = 0; i < rows.Count; i++)
        {
            answers.Set(Name(prefix, list, i, FirstOf(list)), rows[i].First);
            answers.Set(Name(prefix, list, i, Amount), rows[i].Amount);
            if (rows[i].Secured)
            {
                answers.Set(Name(prefix, list, i, Secured), "true");
            }
        }
    }

    /// <summary>The total of the amounts that can be read, for the total shown while typing.</summary>
    public static decimal Sum(IEnumerable<Row> rows) => rows.Sum(r => GrantAmounts.TryParse(r.Amount, out var amount) ? amount : 0);

    /// <summary>An input's property under the element, e.g. <c>BudgetLines[0].Amount</c>.</summary>
    public static string Property(string list, int index, string property) =>
        list == GrantRuleElements.BudgetLines ? GrantRuleElements.BudgetLine(index, property) : GrantRuleElements.FinancingLine(index, property);

    private static string Name(string prefix, string list, int index, string property) => $"{prefix}.{Property(list, index, property)}";
}
