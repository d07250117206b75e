using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Admin.Settings;

/// <summary>
/// One page of <c>/admin/settings</c>: a module's settings section, registered with
/// <c>services.AddSiteSettingsSection&lt;T&gt;()</c>. Write one on <see cref="SiteSettingsSectionEditor{TSettings}"/>; the
/// settings page binds the posted form to <see cref="ModelType"/>, so it knows no module's settings by name.
/// </summary>
public interface ISiteSettingsSectionEditor
{
    /// <summary>The address segment, <c>/admin/settings/{Name}</c>.</summary>
    string Name { get; }

    /// <summary>The section's title, already in the user's language.</summary>
    string DisplayName { get; }

    /// <summary>What the section is for, already in the user's language (empty when the title says it).</summary>
    string Description { get; }

    /// <summary>Who may read and change the section.</summary>
    Permission Permission { get; }

    /// <summary>The Razor partial with the inputs; its model is the <see cref="ModelType"/> instance, input names its property names.</summary>
    string View { get; }

    Type ModelType { get; }

    /// <summary>The input names in the form's order, for the error summary.</summary>
    IReadOnlyList<string> Inputs { get; }

    Task<object> ReadAsync(SiteSettingsService settings, CancellationToken cancellationToken);

    /// <summary>Checks the posted model; errors go to <paramref name="errors"/> by input name.</summary>
    void Validate(object model, ModelStateDictionary errors);

    /// <summary>Stores a valid model, with the caller's pending changes (the audit entry).</summary>
    Task WriteAsync(object model, SiteSettingsService settings, CancellationToken cancellationToken);
}
