using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Forms.Services;
using Microsoft.AspNetCore.Http;

namespace Cms.Forms.Editors;

/// <summary>One element in one round trip: the answers so far, the posted request (when collecting), and the item the answers are written into.</summary>
public sealed class FormElementContext(FormElement element, FormAnswers answers, ContentEditorForm form, ContentItem item, HttpRequest? request)
{
    public FormElement Element { get; } = element;

    public FormAnswers Answers { get; } = answers;

    /// <summary>The answers as the content drivers read them, and the errors found (by input name).</summary>
    public ContentEditorForm Form { get; } = form;

    public ContentItem Item { get; } = item;

    /// <summary>The request with the posted inputs and files; null when validating the answers alone.</summary>
    public HttpRequest? Request { get; } = request;

    public void AddError(string property, string message) => Form.AddError(Element.Name(property), message);
}
