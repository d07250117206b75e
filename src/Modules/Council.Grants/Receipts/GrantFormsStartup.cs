using Cms.Core.Modules;
using Cms.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Council.Grants.Receipts;

/// <summary>The application's status on its receipt; runs only when the forms module is part of the site.</summary>
[RequireFeatures("Cms.Forms")]
public sealed class GrantFormsStartup : ModuleStartup
{
    public override void ConfigureServices(IServiceCollection services) =>
        services.AddFormReceiptContributor<GrantReceiptContributor>();
}
