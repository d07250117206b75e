namespace Cms.Forms.Services;

/// <summary>One step of a form with its elements, in order.</summary>
public sealed record FormStep(string Name, string Title, IReadOnlyList<FormElement> Elements);
