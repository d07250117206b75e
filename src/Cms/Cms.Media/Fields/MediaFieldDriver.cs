using System.Globalization;
using System.Text.Json.Nodes;
using Cms.Contents.Fields;
using Cms.Contents.Services;
using Cms.Media.Localization;
using Cms.Media.Services;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;

namespace Cms.Media.Fields;

/// <summary>Settings of a Media field, named as Orchard names them so exports match.</summary>
public sealed class MediaFieldSettings
{
    public string? Hint { get; set; }

    public bool Required { get; set; }

    public bool Multiple { get; set; }

    /// <summary>Extensions that may be picked (e.g. ".jpg", ".pdf"); every accepted kind when empty.</summary>
    public List<string> AllowedExtensions { get; set; } = [];
}

/// <summary>
/// What the Media field editor offers: the chosen files first, then one page of the library files that may be
/// picked, narrowed to a folder and a search in the file names when the library is large.
/// </summary>
public sealed record MediaFieldEditorData(IReadOnlyList<MediaEntry> Files)
{
    /// <summary>The folders that hold files that may be picked ("" is the library's top).</summary>
    public IReadOnlyList<string> Folders { get; init; } = [];

    /// <summary>Whether the library holds enough files to offer the folder filter and search.</summary>
    public bool Filterable { get; init; }

    public string Folder { get; init; } = "";

    public string Search { get; init; } = "";

    public int Page { get; init; } = 1;

    public int Pages { get; init; } = 1;

    /// <summary>Files that match the folder and search.</summary>
    public int Total { get; init; }
}

/// <summary>
/// MediaField: files of the library, stored as Orchard stores them, <c>{"Paths": [..], "MediaTexts": [..]}</c>
/// (the alternative text belongs to each use of an image, not to the file). Images need alternative text.
/// </summary>
public sealed class MediaFieldDriver(IMediaFileStore store, IStringLocalizer<MediaStrings> T) : IContentFieldDriver
{
    public const string FieldTypeName = "MediaField";

    /// <summary>Above this many files the picker offers a folder filter and a search, and shows a page at a time.</summary>
    public const int FilterFrom = 20;

    /// <summary>Files the picker shows at once when the library is large.</summary>
    public const int PageSize = 30;

    /// <summary>Width the srcset assumes when a page does not say otherwise: the main column at most 960px wide.</summary>
    private const string Sizes = "(max-width: 960px) 100vw, 960px";

    public string FieldType => FieldTypeName;

    public string EditorView => "~/Areas/Admin/Views/MediaField/MediaField.cshtml";

    /// <summary>Form name of the alternative text for one chosen file.</summary>
    public static string TextName(FieldContext field, string path) => field.Name("MediaText." + path);

    public void WriteInputs(JsonObject? value, FieldContext field, ContentEditorForm form, bool isNew)
    {
        var paths = FieldDriverSupport.GetStrings(value, "Paths");
        var texts = FieldDriverSupport.GetStrings(value, "MediaTexts");
        form.Set(field.Name("Paths"), paths.ToArray());
        for (var i = 0; i < paths.Count; i++)
        {
            form.Set(TextName(field, paths[i]), i < texts.Count ? texts[i] : "");
        }
    }

    public async Task<JsonObject> UpdateAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = field.Settings<MediaFieldSettings>();
        var name = field.Name("Paths");
        var chosen = form.GetAll(name).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var valid = new List<string>();
        foreach (var path in chosen)
        {
            if (MediaPath.TryNormalize(path, out var normalized) && normalized == path && IsAllowed(settings, path)
                && await store.GetAsync(path, cancellationToken) is { IsFolder: false })
            {
                valid.Add(path);
            }
        }

        if (valid.Count != chosen.Count)
        {
            form.AddError(name, T["Choose {0} from the media library.", field.Label]);
        }
        else if (!settings.Multiple && valid.Count > 1)
        {
            form.AddError(name, T["Choose only one file for {0}.", field.Label]);
        }
        else if (settings.Required && valid.Count == 0)
        {
            form.AddError(name, T["Choose a file for {0}.", field.Label]);
        }

        var texts = new List<string>();
        foreach (var path in valid)
        {
            var text = form.Get(TextName(field, path)).Trim();
            if (text.Length == 0 && MediaTypes.FromPath(path) is { IsImage: true })
            {
                form.AddError(TextName(field, path), T["Describe the image {0} for people who cannot see it (alternative text).", path]);
            }

            texts.Add(text);
        }

        return new JsonObject
        {
            ["Paths"] = new JsonArray(valid.Select(p => (JsonNode)JsonValue.Create(p)).ToArray()),
            ["MediaTexts"] = new JsonArray(texts.Select(t => (JsonNode)JsonValue.Create(t)).ToArray()),
        };
    }

    public Task<object?> EditorDataAsync(FieldContext field, CancellationToken cancellationToken) =>
        EditorDataAsync(field, new ContentEditorForm(), cancellationToken);

    public async Task<object?> EditorDataAsync(FieldContext field, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var settings = field.Settings<MediaFieldSettings>();
        var chosen = form.GetAll(field.Name("Paths")).ToHashSet(StringComparer.Ordinal);
        return await MediaChoices.LoadAsync(store, path => IsAllowed(settings, path), field.Prefix, chosen, form, cancellationToken);
    }

    public async Task<ContentDisplay> DisplayAsync(JsonObject? value, FieldContext field, CancellationToken cancellationToken)
    {
        var paths = FieldDriverSupport.GetStrings(value, "Paths");
        var texts = FieldDriverSupport.GetStrings(value, "MediaTexts");
        if (paths.Count == 0)
        {
            return ContentDisplay.Empty;
        }

        var html = new HtmlContentBuilder();
        for (var i = 0; i < paths.Count; i++)
        {
            if (!MediaPath.TryNormalize(paths[i], out var path) || await store.GetAsync(path, cancellationToken) is not { IsFolder: false } file
                || MediaTypes.FromPath(path) is not { } type)
            {
                continue;
            }

            var text = i < texts.Count ? texts[i] : "";
            if (type.IsImage)
            {
                var srcset = string.Join(", ", MediaOptions.WidthPresets.Select(w => $"{MediaLibrary.Url(file, w)} {w.ToString(CultureInfo.InvariantCulture)}w"));
                // Append (not AppendHtml) encodes with the site's encoder when written, attribute quotes included.
                html.AppendHtml("<img class=\"media-field\" src=\"").Append(MediaLibrary.Url(file))
                    .AppendHtml("\" srcset=\"").Append(srcset)
                    .AppendHtml($"\" sizes=\"{Sizes}\" alt=\"").Append(text).AppendHtml("\" loading=\"lazy\">");
            }
            else
            {
                var label = text.Length > 0 ? text : file.Name;
                html.AppendHtml("<a class=\"media-field\" href=\"").Append(MediaLibrary.Url(file)).AppendHtml("\">")
                    .Append($"{label} (PDF, {MediaFormat.Size(file.Length)})").AppendHtml("</a>");
            }
        }

        return new ContentDisplay(string.Join(", ", paths.Select((p, i) => i < texts.Count && texts[i].Length > 0 ? $"{p} ({texts[i]})" : p)), html);
    }

    private static bool IsAllowed(MediaFieldSettings settings, string path) =>
        settings.AllowedExtensions.Count == 0
        || settings.AllowedExtensions.Any(e => string.Equals(e.StartsWith('.') ? e : "." + e, Path.GetExtension(path), StringComparison.OrdinalIgnoreCase));
}
