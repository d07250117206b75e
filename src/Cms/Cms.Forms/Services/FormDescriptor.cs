using Cms.Contents.Metadata;
using Cms.Forms.Models;

namespace Cms.Forms.Services;

/// <summary>A content type as a public form in one language: its address, title and steps (the check-your-answers page comes after them).</summary>
public sealed class FormDescriptor
{
    public required ContentTypeDefinition Type { get; init; }

    public required FormSettings Settings { get; init; }

    public required bool English { get; init; }

    public required string Title { get; init; }

    /// <summary>The form's address in this language, e.g. <c>/ansoeg-om-stoette</c> or <c>/en/apply-for-a-grant</c>.</summary>
    public required string Url { get; init; }

    public required IReadOnlyList<FormStep> Steps { get; init; }

    public IEnumerable<FormElement> Elements => Steps.SelectMany(s => s.Elements);

    /// <summary>The steps and the check-your-answers page ("Trin 2 af 4").</summary>
    public int PageCount => Steps.Count + 1;

    public string ReceiptUrl(string token) => $"{Url}/{(English ? FormRoutes.ReceiptEn : FormRoutes.Receipt)}/{token}";

    public string ContinueUrl(string token) => $"{Url}/{(English ? FormRoutes.ContinueEn : FormRoutes.Continue)}/{token}";

    public string? NextSteps => English ? Settings.NextStepsEn ?? Settings.NextSteps : Settings.NextSteps;

    public string? ReceiptHeading => English ? Settings.ReceiptHeadingEn : Settings.ReceiptHeading;

    public string? ReceiptLead => English ? Settings.ReceiptLeadEn : Settings.ReceiptLead;

    public string? SubmitLabel => English ? Settings.SubmitLabelEn : Settings.SubmitLabel;
}
