using System.Globalization;
using System.Text;
using Cms.Contents.Models;
using Cms.Forms.Controllers;
using Cms.Forms.Editors;
using Cms.Forms.Services;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Rules;
using Council.Grants.Services;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Forms;

/// <summary>
/// GrantBudgetPart on the public form: budget lines and other financing as rows the citizen adds and removes by a
/// round trip (<see cref="FormController.RefreshAction"/>, no JavaScript), the amount applied for, and the total.
/// Amounts are read the Danish way (12.500 is twelve thousand five hundred) and checked by
/// <see cref="GrantApplicationRules"/>, each line's message at the line.
/// </summary>
public sealed class GrantBudgetFormEditor(IStringLocalizer<GrantStrings> T) : IFormElementEditor
{
    public const string AddLine = "Add";
    public const string RemoveLine = "Remove";

    public string? FieldType => null;

    public string? PartName => nameof(GrantBudgetPart);

    public string View => "~/Views/GrantBudgetPart/Form.cshtml";

    public bool ErrorsByInput => true;

    public string FocusProperty(FormElement element) => GrantRuleElements.BudgetLine(0, BudgetAnswers.Item);

    /// <summary>The value of a row button: <c>refresh:{prefix}.{list}.Add</c> or <c>…Remove=2</c> (1-based).</summary>
    public static string Action(FormElement element, string list, string action, int row = 0) =>
        row > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{FormController.RefreshAction}{element.Prefix}.{list}.{action}={row}")
            : $"{FormController.RefreshAction}{element.Prefix}.{list}.{action}";

    public ValueTask CollectAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        if (context.Request?.HasFormContentType != true)
        {
            return default;
        }

        var prefix = context.Element.Prefix;
        context.Answers.TakePosted(prefix, context.Request.Form);
        var action = context.Request.Form[FormController.ActionInput].ToString();
        foreach (var list in new[] { GrantRuleElements.BudgetLines, GrantRuleElements.FinancingLines })
        {
            var rows = BudgetAnswers.Read(context.Answers, prefix, list);
            var own = $"{FormController.RefreshAction}{prefix}.{list}.";
            var removed = action.StartsWith(own + RemoveLine + "=", StringComparison.Ordinal)
                && int.TryParse(action.AsSpan(own.Length + RemoveLine.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var row) ? row : 0;
            if (removed >= 1 && removed <= rows.Count)
            {
                rows.RemoveAt(removed - 1);
            }

            // Blank rows are dropped, so the lines stay numbered as the citizen sees them; a new row is blank until filled.
            rows.RemoveAll(r => r.IsBlank);
            if (action == own + AddLine)
            {
                rows.Add(BudgetAnswers.Row.Blank);
            }

            BudgetAnswers.Write(context.Answers, prefix, list, rows);
        }

        return default;
    }

    public ValueTask ApplyAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        var prefix = context.Element.Prefix;
        var errors = new List<KeyValuePair<string, string>>();
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var budgetRows = BudgetAnswers.Read(context.Answers, prefix, GrantRuleElements.BudgetLines).Where(r => !r.IsBlank).ToList();
        var financingRows = BudgetAnswers.Read(context.Answers, prefix, GrantRuleElements.FinancingLines).Where(r => !r.IsBlank).ToList();
        var budget = budgetRows.Select((r, i) => new BudgetLine
        {
            Item = r.First.Trim(),
            Amount = Amount(r.Amount, GrantRuleElements.BudgetLine(i, BudgetAnswers.Amount), T["Budget line {0}: write the amount in kroner, e.g. 2500 or 2.500.", i + 1], errors, unreadable),
        }).ToList();
        var financing = financingRows.Select((r, i) => new FinancingLine
        {
            Source = r.First.Trim(),
            Amount = Amount(r.Amount, GrantRuleElements.FinancingLine(i, BudgetAnswers.Amount), T["Financing line {0}: write the amount in kroner, e.g. 2500 or 2.500.", i + 1], errors, unreadable),
            Secured = r.Secured,
        }).ToList();

        decimal? applied = null;
        var appliedText = context.Answers.Get(context.Element.Name(GrantRuleElements.AmountAppliedFor)).Trim();
        if (appliedText.Length > 0)
        {
            if (GrantAmounts.TryParse(appliedText, out var value))
            {
                applied = value;
            }
            else
            {
                unreadable.Add(GrantRuleElements.AmountAppliedFor);
                errors.Add(new(GrantRuleElements.AmountAppliedFor, T["Write the amount applied for in kroner, e.g. 10000 or 10.000."]));
            }
        }

        var result = GrantApplicationRules.Check(new GrantApplicationFacts { AmountAppliedFor = applied, BudgetLines = budget, FinancingLines = financing });
        errors.AddRange(result.Errors.Where(e => !unreadable.Contains(e.Element)).Select(e => new KeyValuePair<string, string>(e.Element, T[e.Message, e.Arguments])));
        // In the order of the inputs on the page, as the error summary lists them.
        foreach (var (property, message) in errors.OrderBy(e => Position(e.Key, budget.Count)))
        {
            context.AddError(property, message);
        }

        context.Item.Alter<GrantBudgetPart>(part =>
        {
            part.BudgetLines = budget;
            part.FinancingLines = financing;
            part.AmountAppliedFor = applied;
            part.Total = result.Total;
        });
        return default;
    }

    public ValueTask<string> SummaryAsync(FormElementContext context, CancellationToken cancellationToken)
    {
        var part = context.Item.As<GrantBudgetPart>();
        if (part.BudgetLines.Count == 0 && part.AmountAppliedFor is null && part.FinancingLines.Count == 0)
        {
            return new("");
        }

        // One line each; the summary keeps the line breaks.
        var text = new StringBuilder();
        foreach (var line in part.BudgetLines)
        {
            text.Append(line.Item).Append(": ").AppendLine(GrantAmounts.Format(line.Amount));
        }

        text.AppendLine(T["Total budget: {0}", GrantAmounts.Format(part.ComputeTotal())]);
        text.AppendLine(T["Applied for: {0}", part.AmountAppliedFor is { } applied ? GrantAmounts.Format(applied) : "–"]);
        if (part.FinancingLines.Count > 0)
        {
            text.Append(T["Other financing"]).AppendLine(":");
            foreach (var line in part.FinancingLines)
            {
                text.Append(line.Source).Append(": ").Append(GrantAmounts.Format(line.Amount))
                    .Append(" (").Append(line.Secured ? T["is secured"] : T["is not secured"]).AppendLine(")");
            }
        }

        return new(text.ToString().TrimEnd());
    }

    private static decimal Amount(string text, string property, string message, List<KeyValuePair<string, string>> errors, HashSet<string> unreadable)
    {
        // An empty amount is 0, which the rules name as missing.
        if (text.Trim().Length == 0)
        {
            return 0;
        }

        if (GrantAmounts.TryParse(text, out var amount))
        {
            return amount;
        }

        unreadable.Add(property);
        errors.Add(new(property, message));
        return 0;
    }

    /// <summary>Where an input is on the page: the budget rows, the amount applied for, then the financing rows.</summary>
    private static int Position(string property, int budgetRows)
    {
        var list = property.StartsWith(GrantRuleElements.BudgetLines + "[", StringComparison.Ordinal) ? 0
            : property == GrantRuleElements.AmountAppliedFor ? 1 : 2;
        var open = property.IndexOf('[', StringComparison.Ordinal);
        var close = property.IndexOf(']', StringComparison.Ordinal);
        var row = open > 0 && close > open && int.TryParse(property.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r : 0;
        var column = property.EndsWith(BudgetAnswers.Amount, StringComparison.Ordinal) ? 1 : 0;
        return list switch
        {
            0 => (row * 2) + column,
            1 => (budgetRows * 2) + 2,
            _ => (budgetRows * 2) + 4 + (row * 2) + column,
        };
    }
}
