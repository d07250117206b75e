namespace Cms.Forms.Models;

/// <summary>
/// The <c>FormElementSettings</c> group of a field (or of a part in a type): whether it is on the public form, in
/// which step, and its English label and hint (the Danish ones are the field's display name and hint).
/// </summary>
public sealed class FormElementSettings
{
    public bool OnForm { get; set; }

    public string? Step { get; set; }

    public string? LabelEn { get; set; }

    public string? HintEn { get; set; }

    /// <summary>The input's autocomplete token (WCAG 1.3.5), e.g. <c>name</c>, <c>email</c>, <c>tel</c>.</summary>
    public string? Autocomplete { get; set; }

    /// <summary>A unit shown after a number's input and its value, e.g. <c>kr.</c>.</summary>
    public string? Unit { get; set; }

    /// <summary>
    /// Required on the form although the field type has no required setting of its own (a consent checkbox);
    /// fields that have one (TextFieldSettings.Required, …) use theirs.
    /// </summary>
    public bool Required { get; set; }

    /// <summary>The input variant: <c>Select</c> shows a choice as a list instead of radio buttons.</summary>
    public string? Editor { get; set; }
}
