using Cms.Core.Security;
using Cms.Core.Settings;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Cms.Admin.Settings;

/// <summary>
/// The editor of a settings section kept in the site settings under <c>typeof(TSettings).Name</c>: a module says what
/// the page is called, who may use it, which partial has its inputs and what a valid value is; reading, binding and
/// saving are done here.
/// </summary>
public abstract class SiteSettingsSectionEditor<TSettings> : ISiteSettingsSectionEditor
    where TSettings : class, new()
{
    public virtual string Name => typeof(TSettings).Name;

    public abstract string DisplayName { get; }

    public virtual string Description => "";

    public abstract Permission Permission { get; }

    public abstract string View { get; }

    public Type ModelType => typeof(TSettings);

    public abstract IReadOnlyList<string> Inputs { get; }

    /// <summary>Checks the posted settings; add errors by property name.</summary>
    protected virtual void Validate(TSettings settings, ModelStateDictionary errors)
    {
    }

    /// <summary>Tidies a valid value before it is stored (trimmed text, sorted dates…).</summary>
    protected virtual TSettings Normalize(TSettings settings) => settings;

    public virtual async Task<object> ReadAsync(SiteSettingsService settings, CancellationToken cancellationToken) =>
        await settings.GetSectionAsync<TSettings>(cancellationToken);

    void ISiteSettingsSectionEditor.Validate(object model, ModelStateDictionary errors) => Validate((TSettings)model, errors);

    public virtual Task WriteAsync(object model, SiteSettingsService settings, CancellationToken cancellationToken) =>
        settings.SaveSectionAsync(Normalize((TSettings)model), cancellationToken);
}
