using Cms.Contents.Services;
using Cms.Forms.Editors;
using Microsoft.AspNetCore.Http;

namespace Cms.Forms.Services;

/// <summary>Collects a step's posted inputs into the answers, and validates answers through each element's editor.</summary>
public sealed class FormProcessor(ContentManager contents, IEnumerable<IFormCheck> checks)
{
    /// <summary>Takes the step's posted inputs (and files) into the answers; problems with uploads come back by input name.</summary>
    public async Task<IReadOnlyDictionary<string, string>> CollectAsync(FormDescriptor form, FormStep step, FormAnswers answers, HttpRequest request, CancellationToken cancellationToken)
    {
        var collected = new ContentEditorForm();
        var item = await contents.NewAsync(form.Type.Name, cancellationToken);
        foreach (var element in step.Elements)
        {
            await element.Editor.CollectAsync(new FormElementContext(element, answers, collected, item, request), cancellationToken);
        }

        return collected.Errors;
    }

    /// <summary>Validates the answers of <paramref name="steps"/> into a new item of the form's type; <paramref name="earlier"/> are problems found while collecting.</summary>
    public async Task<FormValidation> ValidateAsync(FormDescriptor form, IEnumerable<FormStep> steps, FormAnswers answers, IReadOnlyDictionary<string, string>? earlier, CancellationToken cancellationToken)
    {
        var item = await contents.NewAsync(form.Type.Name, cancellationToken);
        var editorForm = answers.ToEditorForm();
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        var elements = steps.SelectMany(s => s.Elements).ToList();
        foreach (var element in elements)
        {
            var context = new FormElementContext(element, answers, editorForm, item, null);
            foreach (var (name, message) in earlier ?? new Dictionary<string, string>())
            {
                if (name.StartsWith(element.Prefix + ".", StringComparison.Ordinal))
                {
                    editorForm.AddError(name, message);
                }
            }

            await element.Editor.ApplyAsync(context, cancellationToken);
            summaries[element.Prefix] = await element.Editor.SummaryAsync(context, cancellationToken);
        }

        // Checks across the answers, after every element has written its value into the item.
        var warnings = new List<string>();
        foreach (var check in checks.Where(c => c.Applies(form)))
        {
            var result = await check.CheckAsync(form, item, cancellationToken);
            warnings.AddRange(result.Warnings);
            foreach (var (name, message) in result.Errors.Where(e => elements.Any(el => e.Key.StartsWith(el.Prefix + ".", StringComparison.Ordinal))))
            {
                editorForm.AddError(name, message);
            }
        }

        // In form order, linked to the input that takes the focus: one message per element, or each of an
        // element's messages when its editor keys them by input (the lines of a table).
        var errors = new List<KeyValuePair<string, string>>();
        foreach (var element in elements)
        {
            var own = editorForm.Errors.Where(e => e.Key.StartsWith(element.Prefix + ".", StringComparison.Ordinal)).ToList();
            if (element.Editor.ErrorsByInput)
            {
                errors.AddRange(own);
            }
            else if (own.Count > 0)
            {
                errors.Add(new(element.Name(element.Editor.FocusProperty(element)), own[0].Value));
            }
        }

        return new FormValidation(item, errors, summaries, warnings);
    }
}
