using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace Cms.Forms.Services;

/// <summary>The form files as a folder on this machine (<see cref="FormFileOptions.Root"/>), one file per id, without the citizen's file name.</summary>
public sealed class FileSystemFormFileStore(IWebHostEnvironment environment, IOptions<FormFileOptions> options) : IFormFileStore
{
    private readonly string _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Root));

    public async Task SaveAsync(string fileId, Stream content, CancellationToken cancellationToken)
    {
        var path = PathOf(fileId);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
    }

    public Task<Stream?> OpenAsync(string fileId, CancellationToken cancellationToken)
    {
        var path = PathOf(fileId);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null);
    }

    public Task DeleteAsync(string fileId, CancellationToken cancellationToken)
    {
        File.Delete(PathOf(fileId));
        return Task.CompletedTask;
    }

    /// <summary>Ids are made here (hex), never taken from a request as a path: anything else is refused.</summary>
    private string PathOf(string fileId)
    {
        if (fileId.Length is < 16 or > 32 || !fileId.All(Uri.IsHexDigit))
        {
            throw new ArgumentException("Not a form file id.", nameof(fileId));
        }

        return Path.Combine(_root, fileId[..2], fileId);
    }
}
