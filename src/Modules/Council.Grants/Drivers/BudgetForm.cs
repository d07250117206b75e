using Cms.Contents.Drivers;
using Cms.Contents.Services;
using Council.Grants.Models;
using Council.Grants.Rules;
using Council.Grants.Services;

namespace Council.Grants.Drivers;

/// <summary>
/// The budget editor's rows as posted: <c>GrantBudgetPart.BudgetLines[0].Item</c>, <c>…Amount</c>,
/// <c>GrantBudgetPart.FinancingLines[0].Source</c>, <c>…Amount</c>, <c>…Secured</c>. Adding and removing a row are
/// editor refreshes (no JavaScript): the button names the action in an input ending in <c>.Page</c>, the one kind of
/// input a refresh may set (<see cref="EditorRefresh"/>).
/// </summary>
internal static class BudgetForm
{
    public const string AddBudgetLine = "AddBudgetLine";
    public const string RemoveBudgetLine = "RemoveBudgetLine";
    public const string AddFinancingLine = "AddFinancingLine";
    public const string RemoveFinancingLine = "RemoveFinancingLine";
    public const string Recalculate = "Recalculate";

    public sealed record Row(string First, string Amount, bool Secured)
    {
        public bool IsBlank => First.Length == 0 && Amount.Length == 0;
    }

    /// <summary>The refresh button's value for an action on a row (1-based, 0 for none).</summary>
    public static string Action(ContentElementContext context, string action, int row = 1) =>
        $"{context.Name(action)}{EditorRefresh.PageSuffix}={row}";

    public static List<Row> ReadBudget(ContentElementContext context) => Read(context, GrantRuleElements.BudgetLines, "Item");

    public static List<Row> ReadFinancing(ContentElementContext context) => Read(context, GrantRuleElements.FinancingLines, "Source");

    public static void WriteBudget(ContentElementContext context, IReadOnlyList<Row> rows, int before) => Write(context, GrantRuleElements.BudgetLines, "Item", rows, before);

    public static void WriteFinancing(ContentElementContext context, IReadOnlyList<Row> rows, int before) => Write(context, GrantRuleElements.FinancingLines, "Source", rows, before);

    /// <summary>The row an action button asked for (1-based), and clears it so the next refresh does not repeat it; 0 when none.</summary>
    public static int TakeAction(ContentElementContext context, string action)
    {
        var name = context.Name(action) + EditorRefresh.PageSuffix;
        var value = context.Form.Get(name);
        context.Form.Set(name, "");
        return int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var row) ? row : 0;
    }

    public static decimal Sum(IEnumerable<Row> rows) => rows.Sum(r => GrantAmounts.TryParse(r.Amount, out var amount) ? amount : 0);

    public static List<Row> FromBudget(GrantBudgetPart part) =>
        [.. part.BudgetLines.Select(l => new Row(l.Item, GrantAmounts.ToInput(l.Amount), false))];

    public static List<Row> FromFinancing(GrantBudgetPart part) =>
        [.. part.FinancingLines.Select(l => new Row(l.Source, GrantAmounts.ToInput(l.Amount), l.Secured))];

    private static List<Row> Read(ContentElementContext context, string list, string first)
    {
        var prefix = context.Name(list) + "[";
        var suffix = "]." + first;
        var indexes = context.Form.NamesStartingWith(prefix)
            .Where(n => n.EndsWith(suffix, StringComparison.Ordinal))
            .Select(n => int.TryParse(n.AsSpan(prefix.Length, n.Length - prefix.Length - suffix.Length), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) ? i : -1)
            .Where(i => i >= 0)
            .Order()
            .ToList();
        return [.. indexes.Select(i => new Row(
            context.Input(Line(list, i, first)),
            context.Input(Line(list, i, "Amount")),
            context.Input(Line(list, i, "Secured")) == "true"))];
    }

    private static void Write(ContentElementContext context, string list, string first, IReadOnlyList<Row> rows, int before)
    {
        for (var i = 0; i < Math.Max(rows.Count, before); i++)
        {
            var row = i < rows.Count ? rows[i] : null;
            // Rows past the new end are emptied rather than left with old values; the editor shows only the new count.
            context.Form.Set(context.Name(Line(list, i, first)), row?.First ?? "");
            context.Form.Set(context.Name(Line(list, i, "Amount")), row?.Amount ?? "");
            context.Form.Set(context.Name(Line(list, i, "Secured")), row is { Secured: true } ? "true" : "");
        }
    }

    public static string Line(string list, int index, string property) => $"{list}[{index.ToString(System.Globalization.CultureInfo.InvariantCulture)}].{property}";
}
