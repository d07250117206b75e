using Cms.Contents.Fields;
using Cms.Contents.Parts;
using Council.Grants.Localization;
using Council.Grants.Models;
using Council.Grants.Rules;
using Council.Grants.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Drivers;

/// <summary>
/// GrantBudgetPart's admin editor: budget lines and financing lines as rows (add and remove without JavaScript, see
/// <see cref="BudgetForm"/>), the amount applied for, and the total of the budget lines; checked by
/// <see cref="GrantApplicationRules"/>. Blank rows are left out when saved.
/// </summary>
public sealed class GrantBudgetPartDriver(IStringLocalizer<GrantStrings> T) : ContentPartDriver<GrantBudgetPart>
{
    public override string EditorView => "~/Views/GrantBudgetPart/Edit.cshtml";

    public override ValueTask<object?> EditAsync(GrantBudgetPart part, PartContext context, CancellationToken cancellationToken)
    {
        if (!context.IsPosted)
        {
            context.Form.Set(context.Name(GrantRuleElements.AmountAppliedFor), part.AmountAppliedFor is { } applied ? GrantAmounts.ToInput(applied) : "");
        }

        var budget = context.IsPosted ? BudgetForm.ReadBudget(context) : BudgetForm.FromBudget(part);
        var financing = context.IsPosted ? BudgetForm.ReadFinancing(context) : BudgetForm.FromFinancing(part);
        var budgetBefore = budget.Count;
        var financingBefore = financing.Count;

        budget = Shown(budget, BudgetForm.TakeAction(context, BudgetForm.RemoveBudgetLine), BudgetForm.TakeAction(context, BudgetForm.AddBudgetLine) > 0);
        financing = Shown(financing, BudgetForm.TakeAction(context, BudgetForm.RemoveFinancingLine), BudgetForm.TakeAction(context, BudgetForm.AddFinancingLine) > 0);
        BudgetForm.TakeAction(context, BudgetForm.Recalculate);
        BudgetForm.WriteBudget(context, budget, budgetBefore);
        BudgetForm.WriteFinancing(context, financing, financingBefore);

        return new(new BudgetEditorData(budget.Count, financing.Count, BudgetForm.Sum(budget), BudgetForm.Sum(financing)));
    }

    public override ValueTask UpdateAsync(GrantBudgetPart part, PartContext context, CancellationToken cancellationToken)
    {
        var budgetRows = BudgetForm.ReadBudget(context);
        var financingRows = BudgetForm.ReadFinancing(context);
        var budget = budgetRows.Where(r => !r.IsBlank).ToList();
        var financing = financingRows.Where(r => !r.IsBlank).ToList();
        // The rows are numbered as they are kept, so a message's "line 2" is the second row shown again.
        BudgetForm.WriteBudget(context, budget, budgetRows.Count);
        BudgetForm.WriteFinancing(context, financing, financingRows.Count);

        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var budgetLines = budget.Select((r, i) => new BudgetLine { Item = r.First, Amount = Amount(context, r.Amount, GrantRuleElements.BudgetLine(i, "Amount"), unreadable) }).ToList();
        var financingLines = financing.Select((r, i) => new FinancingLine { Source = r.First, Amount = Amount(context, r.Amount, GrantRuleElements.FinancingLine(i, "Amount"), unreadable), Secured = r.Secured }).ToList();

        decimal? applied = null;
        var appliedText = context.Input(GrantRuleElements.AmountAppliedFor);
        if (appliedText.Length > 0)
        {
            if (GrantAmounts.TryParse(appliedText, out var value))
            {
                applied = value;
            }
            else
            {
                unreadable.Add(GrantRuleElements.AmountAppliedFor);
                context.AddError(GrantRuleElements.AmountAppliedFor, T["Write the amount applied for in kroner, e.g. 10000 or 10.000."]);
            }
        }

        var result = GrantApplicationRules.Check(new GrantApplicationFacts { AmountAppliedFor = applied, BudgetLines = budgetLines, FinancingLines = financingLines });
        foreach (var error in result.Errors.Where(e => !unreadable.Contains(e.Element)))
        {
            context.AddError(error.Element, T[error.Message, error.Arguments]);
        }

        part.BudgetLines = budgetLines;
        part.FinancingLines = financingLines;
        part.AmountAppliedFor = applied;
        part.Total = result.Total;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(GrantBudgetPart part, PartContext context, CancellationToken cancellationToken)
    {
        if (part.BudgetLines.Count == 0 && part.AmountAppliedFor is null)
        {
            return default;
        }

        var text = T["Total budget {0}, applied for {1}, other financing {2}.", GrantAmounts.Format(part.ComputeTotal()), part.AmountAppliedFor is { } a ? GrantAmounts.Format(a) : "–", GrantAmounts.Format(part.FinancingLines.Sum(l => l.Amount))].Value;
        var html = new HtmlContentBuilder();
        html.AppendHtml("<table class=\"table grant-budget\"><caption>").Append(T["Budget"]).AppendHtml("</caption><thead><tr><th scope=\"col\">")
            .Append(T["What for"]).AppendHtml("</th><th scope=\"col\" class=\"number\">").Append(T["Amount"]).AppendHtml("</th></tr></thead><tbody>");
        foreach (var line in part.BudgetLines)
        {
            html.AppendHtml("<tr><td>").Append(line.Item).AppendHtml("</td><td class=\"number\">").Append(GrantAmounts.Format(line.Amount)).AppendHtml("</td></tr>");
        }

        html.AppendHtml("</tbody><tfoot><tr><th scope=\"row\">").Append(T["Total"]).AppendHtml("</th><td class=\"number\">").Append(GrantAmounts.Format(part.ComputeTotal())).AppendHtml("</td></tr></tfoot></table>");
        html.AppendHtml("<p>").Append(T["Applied for: {0}", part.AmountAppliedFor is { } applied ? GrantAmounts.Format(applied) : "–"]).AppendHtml("</p>");
        if (part.FinancingLines.Count > 0)
        {
            html.AppendHtml("<table class=\"table grant-financing\"><caption>").Append(T["Other financing"]).AppendHtml("</caption><thead><tr><th scope=\"col\">")
                .Append(T["Source"]).AppendHtml("</th><th scope=\"col\" class=\"number\">").Append(T["Amount"]).AppendHtml("</th><th scope=\"col\">").Append(T["Secured"]).AppendHtml("</th></tr></thead><tbody>");
            foreach (var line in part.FinancingLines)
            {
                html.AppendHtml("<tr><td>").Append(line.Source).AppendHtml("</td><td class=\"number\">").Append(GrantAmounts.Format(line.Amount))
                    .AppendHtml("</td><td>").Append(line.Secured ? T["Yes"] : T["No"]).AppendHtml("</td></tr>");
            }

            html.AppendHtml("</tbody></table>");
        }

        return new(new ContentDisplay(text, html));
    }

    /// <summary>The rows shown: without trailing blank rows, minus a removed one, plus a blank row to fill in (two when one was asked for).</summary>
    private static List<BudgetForm.Row> Shown(List<BudgetForm.Row> rows, int remove, bool add)
    {
        if (remove >= 1 && remove <= rows.Count)
        {
            rows.RemoveAt(remove - 1);
        }

        while (rows.Count > 0 && rows[^1].IsBlank)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        rows.Add(new BudgetForm.Row("", "", false));
        if (add)
        {
            rows.Add(new BudgetForm.Row("", "", false));
        }

        return rows;
    }

    private decimal Amount(PartContext context, string text, string element, HashSet<string> unreadable)
    {
        // An empty amount is 0, which the rules name as missing.
        if (text.Length == 0)
        {
            return 0;
        }

        if (GrantAmounts.TryParse(text, out var amount))
        {
            return amount;
        }

        unreadable.Add(element);
        context.AddError(element, T["Write the amount in kroner, e.g. 2500 or 2.500."]);
        return 0;
    }
}
