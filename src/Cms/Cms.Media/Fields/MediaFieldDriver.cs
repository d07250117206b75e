using System.Globalization;
using Cms.Contents.Fields;
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

/// <summary>MediaField (<see cref="MediaField"/>): files of the library; images need alternative text.</summary>
public sealed class MediaFieldDriver(IMediaFileStore store, IStringLocalizer<MediaStrings> T) : ContentFieldDriver<MediaField>
{
    public const string FieldTypeName = nameof(MediaField);

    /// <summary>Above this many files the picker offers a folder filter and a search, and shows a page at a time.</summary>
    public const int FilterFrom = 20;

    /// <summary>Files the picker shows at once when the library is large.</summary>
    public const int PageSize = 30;

    /// <summary>Width the srcset assumes when a page does not say otherwise: the main column at most 960px wide.</summary>
    private const string Sizes = "(max-width: 960px) 100vw, 960px";

    public override string EditorView => "~/Areas/Admin/Views/MediaField/MediaField.cshtml";

    /// <summary>Form name of the alternative text for one chosen file.</summary>
    public static string TextName(FieldContext field, string path) => field.Name(TextProperty(path));

    private static string TextProperty(string path) => "MediaText." + path;

    /// <summary>Offers the chosen files first, then a page of those that may be picked (by the folder and search the inputs hold).</summary>
    public override async ValueTask<object?> EditAsync(MediaField field, FieldContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Paths", field.Paths.ToArray());
        for (var i = 0; i < field.Paths.Count; i++)
        {
            context.SetInput(TextProperty(field.Paths[i]), i < field.MediaTexts.Count ? field.MediaTexts[i] : "");
        }

        var settings = context.Settings<MediaFieldSettings>();
        var chosen = context.Inputs("Paths").ToHashSet(StringComparer.Ordinal);
        return await MediaChoices.LoadAsync(store, path => IsAllowed(settings, path), context.Prefix, chosen, context.Form, cancellationToken);
    }

    public override async ValueTask UpdateAsync(MediaField field, FieldContext context, CancellationToken cancellationToken)
    {
        var settings = context.Settings<MediaFieldSettings>();
        var chosen = context.Inputs("Paths").Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).ToList();
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
            context.AddError("Paths", T["Choose {0} from the media library.", context.Label]);
        }
        else if (!settings.Multiple && valid.Count > 1)
        {
            context.AddError("Paths", T["Choose only one file for {0}.", context.Label]);
        }
        else if (settings.Required && valid.Count == 0)
        {
            context.AddError("Paths", T["Choose a file for {0}.", context.Label]);
        }

        var texts = new List<string>();
        foreach (var path in valid)
        {
            var text = context.Input(TextProperty(path));
            if (text.Length == 0 && MediaTypes.FromPath(path) is { IsImage: true })
            {
                context.AddError(TextProperty(path), T["Describe the image {0} for people who cannot see it (alternative text).", path]);
            }

            texts.Add(text);
        }

        field.Paths = valid;
        field.MediaTexts = texts;
    }

    public override async ValueTask<ContentDisplay?> DisplayAsync(MediaField field, FieldContext context, CancellationToken cancellationToken)
    {
        var paths = field.Paths;
        var texts = field.MediaTexts;
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
