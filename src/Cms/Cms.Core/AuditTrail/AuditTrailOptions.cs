namespace Cms.Core.AuditTrail;

/// <summary>The audit-trail categories the modules of the site contribute, in the order they registered them.</summary>
public sealed class AuditTrailOptions
{
    public List<AuditTrailCategory> Categories { get; } = [];
}
