using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Models;
using Council.Grants.Rules;

namespace Council.Grants.Models;

/// <summary>
/// The fields of an application's own part (the GrantApplication type's fields, defined in the recipe), read from
/// the item's JSON by their names there. Only the rules' fields and the ones the module shows are named here.
/// </summary>
public static class GrantApplicationFields
{
    public const string ApplicantKind = "ApplicantKind";
    public const string ApplicantName = "ApplicantName";
    public const string Organisation = "Organisation";
    public const string Cvr = "Cvr";
    public const string Email = "Email";
    public const string PreferredLanguage = "PreferredLanguage";
    public const string ProjectTitle = "ProjectTitle";

    /// <summary>Where the form module keeps the reference number on a submitted item (Cms.Forms' FormSubmissionPart).</summary>
    public const string SubmissionPart = "FormSubmission";
    public const string StartDate = "StartDate";
    public const string EndDate = "EndDate";

    public static string? Text(ContentItem item, string field) =>
        Field(item, field)?["Text"]?.GetValue<string>() is { Length: > 0 } text ? text : null;

    /// <summary>The reference number the public form gave the application (LTK-2027-0042), or null.</summary>
    public static string? Reference(ContentItem item) =>
        item.TryGetPart(SubmissionPart)?["Reference"] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;

    /// <summary>The applicant's e-mail address (an EmailField).</summary>
    public static string? EmailOf(ContentItem item) =>
        Field(item, Email)?["Email"]?.GetValue<string>() is { Length: > 0 } email ? email.Trim() : null;

    public static string? Choice(ContentItem item, string field) =>
        Field(item, field)?["Values"] is JsonArray { Count: > 0 } values ? values[0]?.GetValue<string>() : null;

    public static DateOnly? Date(ContentItem item, string field) =>
        Field(item, field)?["Value"]?.GetValue<string>() is { } text
        && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>What the rules need from the item, with the meeting expected to treat it.</summary>
    public static GrantApplicationFacts Facts(ContentItem item, DateOnly? expectedMeeting)
    {
        var budget = item.As<GrantBudgetPart>();
        return new GrantApplicationFacts
        {
            ApplicantKind = Choice(item, ApplicantKind),
            Cvr = Text(item, Cvr),
            AmountAppliedFor = budget.AmountAppliedFor,
            BudgetLines = budget.BudgetLines,
            FinancingLines = budget.FinancingLines,
            StartDate = Date(item, StartDate),
            EndDate = Date(item, EndDate),
            ExpectedMeeting = expectedMeeting,
        };
    }

    private static JsonObject? Field(ContentItem item, string field) => item.TryGetPart(item.ContentType)?[field] as JsonObject;
}
