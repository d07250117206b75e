using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Cms.Templates.Services;

/// <summary>
/// Lets a template <c>{% include "Content-Page-integrationsraadet" %}</c> another shipped template (the theme's or a
/// built-in one), so variants of one page in two languages share a single file.
/// </summary>
public sealed class ShippedTemplateFileProvider(ThemeTemplates shipped) : IFileProvider
{
    private const string Extension = ".liquid";

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.TrimStart('/');
        name = name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : name;
        return TemplateNames.IsValid(name) && shipped.Find(name) is { } found
            ? new ShippedFile(name + Extension, found.Text)
            : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ShippedFile(string name, string text) : IFileInfo
    {
        private readonly byte[] _bytes = Encoding.UTF8.GetBytes(text);

        public bool Exists => true;

        public long Length => _bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => DateTimeOffset.MinValue;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(_bytes, writable: false);
    }
}
