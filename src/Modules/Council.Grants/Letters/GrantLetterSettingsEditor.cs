using Cms.Admin.Settings;
using Cms.Core.Security;
using Council.Grants.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;

namespace Council.Grants.Letters;

/// <summary>
/// <c>/admin/settings/GrantLetterSettings</c>: the complaint guidance on or off with its Danish and English text, and the
/// duty to report. A letter must never go out with an empty block, so a text the letter uses cannot be saved empty.
/// </summary>
public sealed class GrantLetterSettingsEditor(IStringLocalizer<GrantStrings> T) : SiteSettingsSectionEditor<GrantLetterSettings>
{
    public override string DisplayName => T["Decision letters"];

    public override string Description => T["What the decision letter to an applicant says beside the decision: the complaint guidance and the grantee's duty to report and keep receipts."];

    public override Permission Permission => Permissions.ManageGrantApplications;

    public override string View => "~/Areas/Admin/Views/GrantLetterSettings/_GrantLetterSettings.cshtml";

    public override IReadOnlyList<string> Inputs =>
    [
        nameof(GrantLetterSettings.ComplaintGuidanceEnabled),
        nameof(GrantLetterSettings.ComplaintGuidanceDanish),
        nameof(GrantLetterSettings.ComplaintGuidanceEnglish),
        nameof(GrantLetterSettings.ReportDutyDanish),
        nameof(GrantLetterSettings.ReportDutyEnglish),
    ];

    protected override void Validate(GrantLetterSettings settings, ModelStateDictionary errors)
    {
        if (settings.ComplaintGuidanceEnabled)
        {
            Require(errors, nameof(settings.ComplaintGuidanceDanish), settings.ComplaintGuidanceDanish, T["Write the complaint guidance in Danish, or switch it off."]);
            Require(errors, nameof(settings.ComplaintGuidanceEnglish), settings.ComplaintGuidanceEnglish, T["Write the complaint guidance in English, or switch it off."]);
        }

        Require(errors, nameof(settings.ReportDutyDanish), settings.ReportDutyDanish, T["Write the duty to report in Danish."]);
        Require(errors, nameof(settings.ReportDutyEnglish), settings.ReportDutyEnglish, T["Write the duty to report in English."]);
    }

    protected override GrantLetterSettings Normalize(GrantLetterSettings settings) => new()
    {
        ComplaintGuidanceEnabled = settings.ComplaintGuidanceEnabled,
        ComplaintGuidanceDanish = (settings.ComplaintGuidanceDanish ?? "").Trim(),
        ComplaintGuidanceEnglish = (settings.ComplaintGuidanceEnglish ?? "").Trim(),
        ReportDutyDanish = (settings.ReportDutyDanish ?? "").Trim(),
        ReportDutyEnglish = (settings.ReportDutyEnglish ?? "").Trim(),
    };

    private void Require(ModelStateDictionary errors, string key, string? text, string message)
    {
        var length = (text ?? "").Trim().Length;
        if (length == 0)
        {
            errors.AddModelError(key, message);
        }
        else if (length > GrantLetterSettings.MaxTextLength)
        {
            errors.AddModelError(key, T["The text can be at most {0} characters; it is {1}.", GrantLetterSettings.MaxTextLength, length]);
        }
    }
}
