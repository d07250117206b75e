using System.Net.Mail;
using Cms.Contents.Localization;
using Cms.Contents.Models;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Contents.Fields;

/// <summary>EmailField: one e-mail address.</summary>
public sealed class EmailFieldDriver(IStringLocalizer<ContentStrings> T) : ContentFieldDriver<EmailField>
{
    public override string EditorView => "~/Areas/Admin/Views/Content/Fields/EmailField.cshtml";

    public override ValueTask<object?> EditAsync(EmailField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Email", field.Email ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(EmailField field, FieldContext context, CancellationToken cancellationToken)
    {
        var email = context.Input("Email");
        if (email.Length == 0)
        {
            if (context.Settings<EmailFieldSettings>().Required)
            {
                context.AddError("Email", T["Fill in {0}.", context.Label]);
            }
        }
        else if (!IsEmail(email))
        {
            context.AddError("Email", T["{0} must be an e-mail address like name@example.dk.", context.Label]);
        }

        field.Email = email;
        return default;
    }

    public override ValueTask<ContentDisplay?> DisplayAsync(EmailField field, FieldContext context, CancellationToken cancellationToken)
    {
        if (field.Email is not { Length: > 0 } email)
        {
            return new(ContentDisplay.Empty);
        }

        var html = new HtmlContentBuilder().AppendHtml("<a href=\"mailto:").Append(email).AppendHtml("\">").Append(email).AppendHtml("</a>");
        return new(new ContentDisplay(email, html));
    }

    private static bool IsEmail(string text) =>
        MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal);
}
