using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Cms.Media.Services;

/// <summary>The library as a folder on this machine (<c>Media:Root</c>, default <c>App_Data/media</c>).</summary>
public sealed class FileSystemMediaFileStore : IMediaFileStore
{
    private readonly string _root;

    public FileSystemMediaFileStore(IOptions<MediaOptions> options, IWebHostEnvironment environment)
    {
        _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Root));
        Directory.CreateDirectory(_root);
    }

    public Task<IReadOnlyList<MediaEntry>> ListAsync(string folder, CancellationToken cancellationToken)
    {
        var directory = new DirectoryInfo(Full(folder));
        IReadOnlyList<MediaEntry> entries = !directory.Exists
            ? []
            : directory.EnumerateFileSystemInfos()
                .Where(i => !i.Name.StartsWith('.'))
                .Select(i => Entry(MediaPath.Combine(folder, i.Name), i))
                .OrderByDescending(e => e.IsFolder).ThenBy(e => e.Name, StringComparer.Ordinal)
                .ToList();
        return Task.FromResult(entries);
    }

    public Task<IReadOnlyList<MediaEntry>> ListAllFilesAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<MediaEntry> entries = new DirectoryInfo(_root).EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => !f.Name.StartsWith('.'))
            .Select(f => Entry(Path.GetRelativePath(_root, f.FullName).Replace(Path.DirectorySeparatorChar, '/'), f))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(entries);
    }

    public Task<MediaEntry?> GetAsync(string path, CancellationToken cancellationToken)
    {
        var full = Full(path);
        FileSystemInfo? info = File.Exists(full) ? new FileInfo(full) : Directory.Exists(full) ? new DirectoryInfo(full) : null;
        return Task.FromResult(info is null ? null : Entry(path, info));
    }

    public Task CreateFolderAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Full(path));
        return Task.CompletedTask;
    }

    public async Task<bool> TryCreateFileAsync(string path, Stream content, CancellationToken cancellationToken)
    {
        var full = Full(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".upload-{Guid.NewGuid():N}");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await content.CopyToAsync(file, cancellationToken);
            }

            // Move without overwrite: two uploads of the same name cannot replace each other.
            File.Move(temp, full, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(full))
        {
            return false;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public Task<Stream?> OpenReadAsync(string path, CancellationToken cancellationToken)
    {
        var full = Full(path);
        Stream? stream = File.Exists(full) ? new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
        return Task.FromResult(stream);
    }

    public Task<bool> DeleteFileAsync(string path, CancellationToken cancellationToken)
    {
        var full = Full(path);
        if (!File.Exists(full))
        {
            return Task.FromResult(false);
        }

        File.Delete(full);
        return Task.FromResult(true);
    }

    public string? LocalPath(string path) => Full(path);

    private static MediaEntry Entry(string path, FileSystemInfo info) =>
        new(path, info.Name, info is DirectoryInfo, info is FileInfo f ? f.Length : 0, new DateTimeOffset(info.LastWriteTimeUtc, TimeSpan.Zero));

    /// <summary>The full path, checked once more to be inside the root (the callers already normalized it).</summary>
    private string Full(string path)
    {
        var full = Path.GetFullPath(Path.Combine(_root, path.Replace('/', Path.DirectorySeparatorChar)));
        if (full != _root && !full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("A media path left the library.");
        }

        return full;
    }
}
