using Cms.Forms.Editors;
using Cms.Forms.Services;

namespace Cms.Forms.Controllers;

/// <summary>One page of a public form: a step with its inputs, or the check-your-answers page.</summary>
public sealed class FormPageViewModel
{
    public required FormDescriptor Form { get; init; }

    /// <summary>0-based; <c>Form.Steps.Count</c> is the check-your-answers page.</summary>
    public required int Page { get; init; }

    public required string SealedState { get; init; }

    public required FormAnswers Answers { get; init; }

    /// <summary>The errors in form order, by the input each links to.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Errors { get; init; } = [];

    /// <summary>Each element's answer as shown on the check-your-answers page.</summary>
    public IReadOnlyDictionary<string, string> Summaries { get; init; } = new Dictionary<string, string>();

    public PrivacyNoticeLink? PrivacyNotice { get; init; }

    /// <summary>What the citizen should know before sending, shown on the check-your-answers page (<see cref="IFormCheck"/>).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>Whether the page offers "Gem og fortsæt senere".</summary>
    public bool CanSaveDraft { get; init; }

    /// <summary>"25.11.2026 kl. 14.05" when the answers are a saved draft.</summary>
    public string? LastSaved { get; init; }

    public bool IsSummary => Page >= Form.Steps.Count;

    public FormStep? Step => IsSummary ? null : Form.Steps[Page];

    public bool HasFiles => Form.Elements.Any(e => e.Field?.FieldName == FileFieldDriver.Type);

    public FormElementView ViewOf(FormElement element) =>
        new(element, Answers, Errors.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));
}
