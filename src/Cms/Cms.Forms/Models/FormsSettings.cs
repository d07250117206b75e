namespace Cms.Forms.Models;

/// <summary>
/// The forms' site settings section (<c>/admin/settings/FormsSettings</c>): the addresses forms send their submissions
/// to, named by a form's <see cref="FormSettings.NotifyEmailSetting"/>.
/// </summary>
public sealed class FormsSettings
{
    /// <summary>The secretariat's address: contact messages and other submissions that a person must read go here.</summary>
    public string? SecretariatEmail { get; set; }

    /// <summary>The address a setting names (a property of this class), or null when it is unknown or empty.</summary>
    public string? Address(string? setting) =>
        setting is { Length: > 0 } && typeof(FormsSettings).GetProperty(setting) is { PropertyType: var type } property && type == typeof(string)
            ? property.GetValue(this) as string is { Length: > 0 } value ? value.Trim() : null
            : null;
}
