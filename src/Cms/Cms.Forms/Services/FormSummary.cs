using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Forms.Controllers;
using Cms.Forms.Editors;

namespace Cms.Forms.Services;

/// <summary>What a stored submission says, step by step, as each element's editor summarises it (the receipt, the staff's view, a mail).</summary>
public static class FormSummary
{
    public static async Task<IReadOnlyList<FormReceiptSection>> OfAsync(FormDescriptor form, ContentItem item, CancellationToken cancellationToken)
    {
        var sections = new List<FormReceiptSection>();
        foreach (var step in form.Steps)
        {
            var answers = new List<KeyValuePair<string, string>>();
            foreach (var element in step.Elements)
            {
                var context = new FormElementContext(element, new FormAnswers(), new ContentEditorForm(), item, null);
                answers.Add(new(element.Label, await element.Editor.SummaryAsync(context, cancellationToken)));
            }

            sections.Add(new FormReceiptSection(step.Title, answers));
        }

        return sections;
    }
}
