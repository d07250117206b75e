using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Media.Services;

namespace Cms.Media.Fields;

/// <summary>
/// The library's images for parts that store an image address (the social image): the address of a file is
/// <c>/media/{path}</c>, its public address without the version, so it stays valid when the file is replaced.
/// </summary>
public sealed class MediaImagePicker(IMediaFileStore store) : IImagePicker
{
    private const string Prefix = "/media/";

    public string EditorView => "~/Areas/Admin/Views/MediaField/SocialImagePicker.cshtml";

    public static string Address(MediaEntry file) => Prefix + string.Join('/', file.Path.Split('/').Select(Uri.EscapeDataString));

    public static bool IsAddress(string address) => address.StartsWith(Prefix, StringComparison.Ordinal);

    public bool IsLibraryAddress(string address) => IsAddress(address);

    public async Task<bool> IsImageAsync(string address, CancellationToken cancellationToken) =>
        PathOf(address) is { } path && MediaTypes.FromPath(path) is { IsImage: true }
        && await store.GetAsync(path, cancellationToken) is { IsFolder: false };

    public async Task<object?> EditorDataAsync(string name, ContentEditorForm form, CancellationToken cancellationToken)
    {
        HashSet<string> chosen = PathOf(form.Get(name)) is { } path ? [path] : [];
        return await MediaChoices.LoadAsync(store, p => MediaTypes.FromPath(p) is { IsImage: true }, name, chosen, form, cancellationToken);
    }

    /// <summary>The library path of an address, or null when it is not one of the library's.</summary>
    private static string? PathOf(string address) =>
        IsAddress(address) && MediaPath.TryNormalize(Uri.UnescapeDataString(address[Prefix.Length..]), out var path) ? path : null;
}
