namespace Cms.Core.Caching;

public sealed class EarlyPageCacheOptions
{
    /// <summary>The query keys public pages read (the output cache varies by these); set by the modules that declare them.</summary>
    public IReadOnlyList<string> QueryKeys { get; set; } = [];

    /// <summary>The bound of the bodies held together; past it, pages are served by the output cache alone.</summary>
    public long MaxBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>A larger page is not held here.</summary>
    public int MaxPageBytes { get; set; } = 512 * 1024;
}
