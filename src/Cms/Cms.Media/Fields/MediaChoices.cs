using Cms.Contents.Services;
using Cms.Media.Services;

namespace Cms.Media.Fields;

/// <summary>
/// The model of the shared picker partial (<c>MediaField/_MediaChoices.cshtml</c>), used by the Media field and the
/// social image picker: the library files as radio buttons or checkboxes named <see cref="Name"/>, and in a large
/// library a folder filter, a search and pages named <c>{Prefix}.Folder</c>, <c>.Search</c> and <c>.Page</c>.
/// </summary>
public sealed record MediaChoices(string Name, string Prefix, bool Multiple, IReadOnlyCollection<string> Chosen, MediaFieldEditorData Data, ContentEditorForm Form)
{
    /// <summary>The form name of a chosen image's alternative text; null when the choice has no text of its own per file.</summary>
    public Func<MediaEntry, string>? TextName { get; init; }

    /// <summary>The input's value for a file: its library path unless told otherwise.</summary>
    public Func<MediaEntry, string> ValueOf { get; init; } = file => file.Path;

    public string Input(string property) => $"{Prefix}.{property}";

    /// <summary>
    /// One page of the library files that <paramref name="allowed"/> lets through, narrowed to the folder and search
    /// typed at <paramref name="prefix"/> when the library is large; the <paramref name="chosen"/> paths stay on offer.
    /// </summary>
    public static async Task<MediaFieldEditorData> LoadAsync(
        IMediaFileStore store, Func<string, bool> allowed, string prefix, IReadOnlySet<string> chosen, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var files = (await store.ListAllFilesAsync(cancellationToken)).Where(f => MediaTypes.FromPath(f.Path) is not null && allowed(f.Path)).ToList();
        var folders = files.Select(f => MediaPath.FolderOf(f.Path)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (files.Count <= MediaFieldDriver.FilterFrom)
        {
            return new MediaFieldEditorData(files) { Folders = folders, Total = files.Count };
        }

        // Chosen files stay on offer (and keep their alternative text) whatever the filter shows.
        var folder = form.Get(prefix + ".Folder").Trim();
        var search = form.Get(prefix + EditorRefresh.SearchSuffix).Trim();
        var matching = files.Where(f => !chosen.Contains(f.Path)
            && (folder.Length == 0 || MediaPath.FolderOf(f.Path) == folder || f.Path.StartsWith(folder + "/", StringComparison.Ordinal))
            && (search.Length == 0 || f.Name.Contains(search, StringComparison.OrdinalIgnoreCase))).ToList();
        var pages = Math.Max(1, (matching.Count + MediaFieldDriver.PageSize - 1) / MediaFieldDriver.PageSize);
        var page = EditorRefresh.Page(form, prefix, pages);
        var shown = files.Where(f => chosen.Contains(f.Path)).Concat(matching.Skip((page - 1) * MediaFieldDriver.PageSize).Take(MediaFieldDriver.PageSize)).ToList();
        return new MediaFieldEditorData(shown)
        {
            Folders = folders, Filterable = true, Folder = folder, Search = search, Page = page, Pages = pages, Total = matching.Count,
        };
    }
}
