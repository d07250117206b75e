using Cms.Forms.Services;

namespace Cms.Forms.Editors;

/// <summary>The model of an element's partial: the element, what was entered, and its error if any.</summary>
public sealed class FormElementView(FormElement element, FormAnswers answers, IReadOnlyDictionary<string, string> errors)
{
    public FormElement Element { get; } = element;

    public FormAnswers Answers { get; } = answers;

    public string Id(string property) => Element.Name(property);

    public string Value(string property) => Answers.Get(Element.Name(property));

    public IReadOnlyList<string> Values(string property) => Answers.GetAll(Element.Name(property));

    /// <summary>The element's first error (any of its inputs).</summary>
    public string? Error => errors.FirstOrDefault(e => e.Key.StartsWith(Element.Prefix + ".", StringComparison.Ordinal)).Value;

    /// <summary>The error at one of the element's inputs, for editors that key their errors by input.</summary>
    public string? ErrorAt(string property) => errors.GetValueOrDefault(Element.Name(property));

    public string HintId => Element.Prefix + "-hint";

    public string ErrorId => Element.Prefix + "-error";

    /// <summary>The ids the input is described by: its hint and its error.</summary>
    public string? DescribedBy
    {
        get
        {
            var ids = new List<string>();
            if (Element.Hint is not null || Element.Limits is not null)
            {
                ids.Add(HintId);
            }

            if (Error is not null)
            {
                ids.Add(ErrorId);
            }

            return ids.Count == 0 ? null : string.Join(' ', ids);
        }
    }
}
