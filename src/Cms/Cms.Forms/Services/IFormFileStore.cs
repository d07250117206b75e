namespace Cms.Forms.Services;

/// <summary>
/// Where uploaded form files are kept: private storage, never under wwwroot, served only through the admin's
/// permission-checked route. A shared store can replace the folder when several web nodes run.
/// </summary>
public interface IFormFileStore
{
    Task SaveAsync(string fileId, Stream content, CancellationToken cancellationToken);

    /// <summary>The file's bytes, or null when there is no such file.</summary>
    Task<Stream?> OpenAsync(string fileId, CancellationToken cancellationToken);

    Task DeleteAsync(string fileId, CancellationToken cancellationToken);
}
