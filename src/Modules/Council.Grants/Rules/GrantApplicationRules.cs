using System.Globalization;
using Council.Grants.Models;
using Council.Grants.Services;

namespace Council.Grants.Rules;

/// <summary>
/// The pool's rules for an application (the seed's "Krav til projekter"), pure so the admin editor, the public
/// form and the tests apply the very same ones. What the rules do not decide is left to screening: whether a
/// project only benefits individuals is the secretariat's judgement, never an automatic refusal.
/// </summary>
public static class GrantApplicationRules
{
    public static GrantRuleResult Check(GrantApplicationFacts facts)
    {
        var findings = new List<GrantRuleFinding>();
        var total = facts.BudgetLines.Sum(l => l.Amount);

        CheckBudget(facts, total, findings);
        CheckFinancing(facts, findings);
        CheckCvr(facts, findings);

        if (facts.StartDate is { } start && facts.EndDate is { } end && end < start)
        {
            findings.Add(new(GrantRuleElements.EndDate, GrantRuleSeverity.Error, "The project cannot end before it starts: give an end date on or after {0}.", Date(start)));
        }

        var startsBefore = facts.StartDate is { } begins && facts.ExpectedMeeting is { } meeting && begins < meeting;
        if (startsBefore)
        {
            findings.Add(new(
                GrantRuleElements.StartDate,
                GrantRuleSeverity.Warning,
                "The project starts on {0}, before the council's meeting on {1}, where the application is expected to be treated. You can still apply, but you will not have an answer before the project starts.",
                Date(facts.StartDate!.Value),
                Date(facts.ExpectedMeeting!.Value)));
        }

        var lowerPriority = facts.ApplicantKind == ApplicantKinds.PublicInstitution;
        return new GrantRuleResult(findings, total, lowerPriority, startsBefore);
    }

    private static void CheckBudget(GrantApplicationFacts facts, decimal total, List<GrantRuleFinding> findings)
    {
        if (facts.BudgetLines.Count == 0)
        {
            findings.Add(new(GrantRuleElements.BudgetLine(0, "Item"), GrantRuleSeverity.Error, "Add at least one budget line: what the money is for and how much."));
        }

        for (var i = 0; i < facts.BudgetLines.Count; i++)
        {
            var line = facts.BudgetLines[i];
            if (string.IsNullOrWhiteSpace(line.Item))
            {
                findings.Add(new(GrantRuleElements.BudgetLine(i, "Item"), GrantRuleSeverity.Error, "Budget line {0}: say what the amount is for.", i + 1));
            }

            if (line.Amount <= 0)
            {
                findings.Add(new(GrantRuleElements.BudgetLine(i, "Amount"), GrantRuleSeverity.Error, "Budget line {0}: give an amount above 0 kr.", i + 1));
            }
        }

        if (facts.AmountAppliedFor is not { } applied || applied <= 0)
        {
            findings.Add(new(GrantRuleElements.AmountAppliedFor, GrantRuleSeverity.Error, "Give the amount you apply for; it must be more than 0 kr."));
        }
        else if (facts.BudgetLines.Count > 0 && applied > total)
        {
            findings.Add(new(
                GrantRuleElements.AmountAppliedFor,
                GrantRuleSeverity.Error,
                "The amount applied for ({0}) is more than the project's total budget ({1}). Apply for at most the total, or add the missing budget lines.",
                GrantAmounts.Format(applied),
                GrantAmounts.Format(total)));
        }
    }

    private static void CheckFinancing(GrantApplicationFacts facts, List<GrantRuleFinding> findings)
    {
        for (var i = 0; i < facts.FinancingLines.Count; i++)
        {
            var line = facts.FinancingLines[i];
            if (string.IsNullOrWhiteSpace(line.Source))
            {
                findings.Add(new(GrantRuleElements.FinancingLine(i, "Source"), GrantRuleSeverity.Error, "Financing line {0}: say where the money comes from.", i + 1));
            }

            if (line.Amount <= 0)
            {
                findings.Add(new(GrantRuleElements.FinancingLine(i, "Amount"), GrantRuleSeverity.Error, "Financing line {0}: give an amount above 0 kr.", i + 1));
            }
        }
    }

    private static void CheckCvr(GrantApplicationFacts facts, List<GrantRuleFinding> findings)
    {
        var cvr = facts.Cvr?.Replace(" ", "", StringComparison.Ordinal) ?? "";
        if (cvr.Length > 0 && (cvr.Length != 8 || !cvr.All(char.IsAsciiDigit)))
        {
            findings.Add(new(GrantRuleElements.Cvr, GrantRuleSeverity.Error, "A CVR number has 8 digits, e.g. 12345678. Leave it empty if the applicant has none."));
        }
    }

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
