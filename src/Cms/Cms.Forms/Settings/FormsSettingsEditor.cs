using Cms.Admin.Settings;
using Cms.Core.Security;
using Cms.Forms.Localization;
using Cms.Forms.Models;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using MimeKit;

namespace Cms.Forms.Settings;

/// <summary>
/// <c>/admin/settings/FormsSettings</c>: the secretariat's address, where contact messages go. An address that is no
/// address is refused at the field with what was typed kept, so messages never go nowhere.
/// </summary>
public sealed class FormsSettingsEditor(IStringLocalizer<FormStrings> T) : SiteSettingsSectionEditor<FormsSettings>
{
    public override string DisplayName => T["Forms"];

    public override string Description => T["Where the messages and submissions sent through the public forms go."];

    public override Permission Permission => CorePermissions.ManageSettings;

    public override string View => "~/Areas/Admin/Views/FormsSettings/_FormsSettings.cshtml";

    public override IReadOnlyList<string> Inputs => [nameof(FormsSettings.SecretariatEmail)];

    protected override void Validate(FormsSettings settings, ModelStateDictionary errors)
    {
        var address = settings.SecretariatEmail?.Trim() ?? "";
        if (address.Length == 0)
        {
            errors.AddModelError(nameof(settings.SecretariatEmail), T["Enter the secretariat's e-mail address, e.g. integrationsraadet@ltk.dk."]);
        }
        else if (!IsAddress(address))
        {
            errors.AddModelError(nameof(settings.SecretariatEmail), T["\"{0}\" is not an e-mail address. Write it as name@domain.dk, e.g. integrationsraadet@ltk.dk.", address]);
        }
    }

    protected override FormsSettings Normalize(FormsSettings settings) => new() { SecretariatEmail = settings.SecretariatEmail?.Trim() };

    /// <summary>One plain address (no name, no list): what the outbox accepts as a recipient.</summary>
    public static bool IsAddress(string text)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        return text.Length <= 254 && at > 0 && text.IndexOf('.', at) > at + 1 && !text.EndsWith('.')
            && MailboxAddress.TryParse(text, out var mailbox) && mailbox.Address == text;
    }
}
