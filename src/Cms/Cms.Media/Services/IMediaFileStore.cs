namespace Cms.Media.Services;

/// <summary>A file or folder of the library; <see cref="Path"/> uses forward slashes, relative to the library root.</summary>
public sealed record MediaEntry(string Path, string Name, bool IsFolder, long Length, DateTimeOffset LastModifiedUtc);

/// <summary>
/// Where media files live. Paths are relative, forward-slash separated and already checked with
/// <see cref="MediaPath.TryNormalize"/>; the file-system store is the one implementation today, a
/// shared store (for several web servers) can replace it behind this interface.
/// </summary>
public interface IMediaFileStore
{
    Task<IReadOnlyList<MediaEntry>> ListAsync(string folder, CancellationToken cancellationToken);

    /// <summary>Every file of the library, in all folders.</summary>
    Task<IReadOnlyList<MediaEntry>> ListAllFilesAsync(CancellationToken cancellationToken);

    Task<MediaEntry?> GetAsync(string path, CancellationToken cancellationToken);

    Task CreateFolderAsync(string path, CancellationToken cancellationToken);

    /// <summary>Stores the bytes under <paramref name="path"/>; returns false (and stores nothing) when a file already has that path.</summary>
    Task<bool> TryCreateFileAsync(string path, Stream content, CancellationToken cancellationToken);

    Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken);

    Task<bool> DeleteFileAsync(string path, CancellationToken cancellationToken);

    /// <summary>The local file behind a path, when the store keeps files on this machine (for efficient serving).</summary>
    string? LocalPath(string path);
}
