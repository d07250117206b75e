using Council.Grants.Models;
using Council.Grants.Rules;
using Council.Grants.Services;

namespace LtkSite.Tests.Unit.Grants;

public sealed class GrantApplicationRulesTests
{
    private static readonly DateOnly s_meeting = new(2027, 3, 4);

    private static GrantApplicationFacts Valid() => new()
    {
        ApplicantKind = ApplicantKinds.Association,
        AmountAppliedFor = 10_000,
        BudgetLines = [new BudgetLine { Item = "Leje af sal", Amount = 6_000 }, new BudgetLine { Item = "Mad fra hele verden", Amount = 9_000 }],
        FinancingLines = [new FinancingLine { Source = "Foreningens egne midler", Amount = 5_000, Secured = true }],
        StartDate = new DateOnly(2027, 5, 15),
        ExpectedMeeting = s_meeting,
    };

    [Fact]
    public void A_complete_application_passes_with_its_total_and_no_flags()
    {
        var result = GrantApplicationRules.Check(Valid());

        Assert.True(result.IsValid);
        Assert.Empty(result.Findings);
        Assert.Equal(15_000, result.Total);
        Assert.False(result.LowerPriority);
        Assert.False(result.StartsBeforeMeeting);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    [InlineData(-100)]
    public void The_amount_applied_for_must_be_above_zero(int? amount)
    {
        var result = GrantApplicationRules.Check(Valid() with { AmountAppliedFor = amount });

        var error = Assert.Single(result.Errors);
        Assert.Equal(GrantRuleElements.AmountAppliedFor, error.Element);
        Assert.Equal("Give the amount you apply for; it must be more than 0 kr.", error.Message);
    }

    [Fact]
    public void The_amount_applied_for_may_not_exceed_the_total_budget_and_the_message_names_both_amounts()
    {
        var result = GrantApplicationRules.Check(Valid() with { AmountAppliedFor = 15_001 });

        var error = Assert.Single(result.Errors);
        Assert.Equal(GrantRuleElements.AmountAppliedFor, error.Element);
        Assert.Equal(["15.001 kr.", "15.000 kr."], error.Arguments);
    }

    [Fact]
    public void Applying_for_the_whole_budget_is_allowed()
    {
        Assert.True(GrantApplicationRules.Check(Valid() with { AmountAppliedFor = 15_000 }).IsValid);
    }

    [Fact]
    public void A_project_starting_before_the_expected_meeting_gets_a_warning_that_does_not_block()
    {
        var result = GrantApplicationRules.Check(Valid() with { StartDate = new DateOnly(2027, 3, 3) });

        Assert.True(result.IsValid);
        Assert.True(result.StartsBeforeMeeting);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(GrantRuleElements.StartDate, warning.Element);
        Assert.Equal(["03.03.2027", "04.03.2027"], warning.Arguments);
    }

    [Fact]
    public void A_project_starting_on_the_meeting_day_or_without_a_known_meeting_gets_no_warning()
    {
        Assert.Empty(GrantApplicationRules.Check(Valid() with { StartDate = s_meeting }).Warnings);
        Assert.Empty(GrantApplicationRules.Check(Valid() with { StartDate = new DateOnly(2027, 1, 1), ExpectedMeeting = null }).Warnings);
    }

    [Fact]
    public void A_public_institution_is_accepted_and_flagged_lower_priority()
    {
        var result = GrantApplicationRules.Check(Valid() with { ApplicantKind = ApplicantKinds.PublicInstitution });

        Assert.True(result.IsValid);
        Assert.True(result.LowerPriority);
    }

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("1234 5678", true)]
    [InlineData("", true)]
    [InlineData(null, true)]
    [InlineData("1234567", false)]
    [InlineData("123456789", false)]
    [InlineData("1234567a", false)]
    public void A_cvr_number_when_given_has_eight_digits(string? cvr, bool valid)
    {
        var result = GrantApplicationRules.Check(Valid() with { Cvr = cvr });

        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.Equal(GrantRuleElements.Cvr, Assert.Single(result.Errors).Element);
        }
    }

    [Fact]
    public void An_end_date_before_the_start_is_refused_and_one_day_projects_need_none()
    {
        Assert.Equal(GrantRuleElements.EndDate, Assert.Single(GrantApplicationRules.Check(Valid() with { EndDate = new DateOnly(2027, 5, 14) }).Errors).Element);
        Assert.True(GrantApplicationRules.Check(Valid() with { EndDate = new DateOnly(2027, 5, 15) }).IsValid);
        Assert.True(GrantApplicationRules.Check(Valid() with { EndDate = null }).IsValid);
    }

    [Fact]
    public void Each_budget_and_financing_line_needs_what_it_is_and_an_amount_and_the_message_numbers_the_line()
    {
        var result = GrantApplicationRules.Check(Valid() with
        {
            BudgetLines = [new BudgetLine { Item = "Leje af sal", Amount = 20_000 }, new BudgetLine { Item = "", Amount = 0 }],
            FinancingLines = [new FinancingLine { Source = "", Amount = 500 }],
        });

        Assert.Equal(
            [GrantRuleElements.BudgetLine(1, "Item"), GrantRuleElements.BudgetLine(1, "Amount"), GrantRuleElements.FinancingLine(0, "Source")],
            result.Errors.Select(e => e.Element));
        Assert.Equal(2, result.Errors.First().Arguments.Single());
    }

    [Fact]
    public void An_application_without_budget_lines_is_told_to_add_one()
    {
        var result = GrantApplicationRules.Check(Valid() with { BudgetLines = [] });

        Assert.Equal(GrantRuleElements.BudgetLine(0, "Item"), Assert.Single(result.Errors).Element);
    }

    [Theory]
    [InlineData(59_800, "59.800 kr.")]
    [InlineData(1_234.5, "1.234,50 kr.")]
    [InlineData(0, "0 kr.")]
    public void Amounts_are_written_the_Danish_way(double amount, string expected) =>
        Assert.Equal(expected, GrantAmounts.Format((decimal)amount));

    [Theory]
    [InlineData("59800", 59_800)]
    [InlineData("59.800", 59_800)]
    [InlineData("59.800 kr.", 59_800)]
    [InlineData("2.500,50", 2_500.5)]
    [InlineData(" 1 000 ", 1_000)]
    public void Typed_amounts_are_read_the_Danish_way(string text, double expected)
    {
        Assert.True(GrantAmounts.TryParse(text, out var amount));
        Assert.Equal((decimal)expected, amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("ti tusind")]
    [InlineData("12,3,4")]
    public void Text_that_is_no_amount_is_refused(string text) => Assert.False(GrantAmounts.TryParse(text, out _));
}
