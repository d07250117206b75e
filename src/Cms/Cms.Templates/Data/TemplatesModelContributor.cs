using Cms.Core.Data;
using Cms.Templates.Models;
using Cms.Templates.Services;
using Microsoft.EntityFrameworkCore;

namespace Cms.Templates.Data;

public sealed class TemplatesModelContributor : IModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<TemplateOverride>(e =>
        {
            e.ToTable("TemplateOverrides");
            e.HasKey(t => t.Name);
            e.Property(t => t.Name).HasMaxLength(TemplateNames.MaxLength);
            e.Property(t => t.ModifiedBy).HasMaxLength(256);
        });
}
