using Cms.Contents.Metadata;
using Cms.Core.Settings;

namespace Cms.Contents.Services;

/// <summary>
/// What a kept page body was rendered from: the published site, the content definition, the site settings and every
/// other rendering state (template overrides), each as the very object that was current, and the cache's serial.
/// </summary>
public sealed record RenderingInputs(PublishedContentSnapshot Snapshot, ContentDefinition Definition, SiteSettings Settings, object[] States, long Serial)
{
    /// <summary>The same objects, not equal ones: each is replaced whenever what it stands for changes.</summary>
    public bool SameAs(RenderingInputs other)
    {
        if (!ReferenceEquals(Snapshot, other.Snapshot) || !ReferenceEquals(Definition, other.Definition)
            || !ReferenceEquals(Settings, other.Settings) || Serial != other.Serial || States.Length != other.States.Length)
        {
            return false;
        }

        for (var i = 0; i < States.Length; i++)
        {
            if (!ReferenceEquals(States[i], other.States[i]))
            {
                return false;
            }
        }

        return true;
    }
}
