using System.Net.Mail;
using System.Text.Json.Nodes;
using Cms.Contents.Localization;
using Cms.Contents.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>TextField: one line, or several with the "TextArea" editor.</summary>
public sealed class TextFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Text;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/TextField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("Text"), FieldDriverSupport.GetString(value, "Text") ?? (isNew ? field.Settings<TextFieldSettings>().DefaultValue : null) ?? "");

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = field.Settings<TextFieldSettings>();
        var name = field.Name("Text");
        var text = form.Get(name).Trim();
        if (settings.Required && text.Length == 0)
        {
            form.AddError(name, T["Fill in {0}.", field.Label]);
        }
        else if (settings.MaxLength is { } max && text.Length > max)
        {
            form.AddError(name, T["{0} can be at most {1} characters long; it is {2}.", field.Label, max, text.Length]);
        }

        return Task.FromResult(new JsonObject { ["Text"] = text });
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken) =>
        Task.FromResult(ContentDisplay.FromText(FieldDriverSupport.GetString(value, "Text") ?? ""));
}

/// <summary>HtmlField: HTML typed or pasted by the editor, sanitized when saved.</summary>
public sealed class HtmlFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Html;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/HtmlField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("Html"), FieldDriverSupport.GetString(value, "Html") ?? "");

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var name = field.Name("Html");
        var html = FieldDriverSupport.Sanitize(form.Get(name)).Trim();
        if (field.Settings<HtmlFieldSettings>().Required && FieldDriverSupport.TextOf(html).Length == 0)
        {
            form.AddError(name, T["Fill in {0}.", field.Label]);
        }

        return Task.FromResult(new JsonObject { ["Html"] = html });
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken)
    {
        var html = FieldDriverSupport.Sanitize(FieldDriverSupport.GetString(value, "Html") ?? "");
        return Task.FromResult(new ContentDisplay(html, new HtmlString(html)));
    }
}

/// <summary>MarkdownField: stored as Markdown, shown as sanitized HTML.</summary>
public sealed class MarkdownFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Markdown;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/MarkdownField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("Markdown"), FieldDriverSupport.GetString(value, "Markdown") ?? "");

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var name = field.Name("Markdown");
        var markdown = form.Get(name).Trim();
        if (field.Settings<MarkdownFieldSettings>().Required && markdown.Length == 0)
        {
            form.AddError(name, T["Fill in {0}.", field.Label]);
        }

        return Task.FromResult(new JsonObject { ["Markdown"] = markdown });
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken)
    {
        var markdown = FieldDriverSupport.GetString(value, "Markdown") ?? "";
        return Task.FromResult(new ContentDisplay(markdown, new HtmlString(FieldDriverSupport.MarkdownToHtml(markdown))));
    }
}

/// <summary>EmailField: one e-mail address.</summary>
public sealed class EmailFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Email;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/EmailField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew) =>
        form.Set(field.Name("Email"), FieldDriverSupport.GetString(value, "Email") ?? "");

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var name = field.Name("Email");
        var email = form.Get(name).Trim();
        if (email.Length == 0)
        {
            if (field.Settings<EmailFieldSettings>().Required)
            {
                form.AddError(name, T["Fill in {0}.", field.Label]);
            }
        }
        else if (!IsEmail(email))
        {
            form.AddError(name, T["{0} must be an e-mail address like name@example.dk.", field.Label]);
        }

        return Task.FromResult(new JsonObject { ["Email"] = email });
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken)
    {
        var email = FieldDriverSupport.GetString(value, "Email") ?? "";
        if (email.Length == 0)
        {
            return Task.FromResult(ContentDisplay.Empty);
        }

        var html = new HtmlContentBuilder().AppendHtml("<a href=\"mailto:").Append(email).AppendHtml("\">").Append(email).AppendHtml("</a>");
        return Task.FromResult(new ContentDisplay(email, html));
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal);
}

/// <summary>LinkField: an address (http(s) or a path on the site) and the link's text.</summary>
public sealed class LinkFieldDriver(IStringLocalizer<ContentStrings> T) : IContentFieldDriver
{
    public string FieldType => FieldTypes.Link;

    public string EditorView => "~/Areas/Admin/Views/Content/Fields/LinkField.cshtml";

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew)
    {
        var settings = field.Settings<LinkFieldSettings>();
        form.Set(field.Name("Url"), FieldDriverSupport.GetString(value, "Url") ?? (isNew ? settings.DefaultUrl : null) ?? "");
        form.Set(field.Name("Text"), FieldDriverSupport.GetString(value, "Text") ?? (isNew ? settings.DefaultText : null) ?? "");
    }

    public Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = field.Settings<LinkFieldSettings>();
        var url = form.Get(field.Name("Url")).Trim();
        var text = form.Get(field.Name("Text")).Trim();
        if (url.Length == 0)
        {
            if (settings.Required || text.Length > 0)
            {
                form.AddError(field.Name("Url"), T["Fill in the address of {0}.", field.Label]);
            }
        }
        else if (!FieldDriverSupport.IsAllowedUrl(url))
        {
            form.AddError(field.Name("Url"), T["The address of {0} must start with https://, http:// or / (a page on this site).", field.Label]);
        }

        if (settings.RequireText && text.Length == 0 && (url.Length > 0 || settings.Required))
        {
            form.AddError(field.Name("Text"), T["Fill in the text of {0}.", field.Label]);
        }

        return Task.FromResult(new JsonObject { ["Url"] = url, ["Text"] = text });
    }

    public Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken)
    {
        var url = FieldDriverSupport.GetString(value, "Url") ?? "";
        if (url.Length == 0 || !FieldDriverSupport.IsAllowedUrl(url))
        {
            return Task.FromResult(ContentDisplay.Empty);
        }

        var text = FieldDriverSupport.GetString(value, "Text") is { Length: > 0 } t ? t : url;
        var html = new HtmlContentBuilder().AppendHtml("<a href=\"").Append(url).AppendHtml("\">").Append(text).AppendHtml("</a>");
        return Task.FromResult(new ContentDisplay(text == url ? url : $"{text} ({url})", html));
    }
}
