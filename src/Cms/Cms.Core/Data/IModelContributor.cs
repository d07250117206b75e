using Microsoft.EntityFrameworkCore;

namespace Cms.Core.Data;

/// <summary>
/// A module's part of the EF Core model (its entities and index tables). Register with
/// <c>services.AddModelContributor&lt;T&gt;()</c> in the module's Startup; the one schema of the site is
/// the sum of all contributions, and the host's migrations cover it for each provider.
/// </summary>
public interface IModelContributor
{
    void Configure(ModelBuilder modelBuilder);
}
