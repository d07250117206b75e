using Cms.Core.Modules;
using Cms.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants.Forms;

/// <summary>The application's budget and rules on the public form; runs only when the forms module is part of the site.</summary>
[RequireFeatures("Cms.Forms")]
public sealed class GrantFormsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services)
    {
        services.AddFormElementEditor<GrantBudgetFormEditor>();
        services.AddFormCheck<GrantApplicationFormCheck>();
    }
}
