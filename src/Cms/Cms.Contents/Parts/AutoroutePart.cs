using Cms.Contents.Handlers;
using Cms.Contents.Localization;
using Cms.Contents.Metadata;
using Cms.Contents.Models;
using Cms.Core.Data;
using Cms.Core.Routing;
using Cms.Core.Settings;
using Cms.Core.Text;
using Fluid;
using Fluid.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cms.Contents.Parts;

/// <summary>Orchard's AutoroutePartSettings group.</summary>
public sealed class AutoroutePartSettings
{
    /// <summary>Liquid pattern for the path, e.g. <c>{{ ContentItem.DisplayText | slugify }}</c>.</summary>
    public string Pattern { get; set; } = "{{ ContentItem.DisplayText | slugify }}";

    /// <summary>Editors may type their own path instead of the generated one.</summary>
    public bool AllowCustomPath { get; set; } = true;
}

/// <summary>Evaluates path patterns with Fluid; <c>slugify</c> and <c>display_text</c> are available as filters.</summary>
public sealed class AutoroutePatternEvaluator
{
    private static readonly FluidParser s_parser = new();
    private readonly TemplateOptions _options = CreateOptions();

    public static bool TryValidate(string pattern, out string? error) => s_parser.TryParse(pattern, out _, out error);

    public async Task<string> EvaluateAsync(string pattern, ContentItem item)
    {
        if (!s_parser.TryParse(pattern, out var template, out _))
        {
            return Slugs.FromText(item.DisplayText);
        }

        var context = new TemplateContext(_options);
        context.SetValue("ContentItem", item);
        return await template.RenderAsync(context);
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.Register<ContentItem>();
        options.Filters.AddFilter("slugify", (input, _, _) => new StringValue(Slugs.FromText(input.ToStringValue())));
        options.Filters.AddFilter("display_text", (input, _, _) =>
            new StringValue(input.ToObjectValue() is ContentItem item ? item.DisplayText : input.ToStringValue()));
        return options;
    }
}

/// <summary>
/// AutoroutePart: <c>{"Path": "…"}</c>. Fills the path from the pattern unless the editor typed one,
/// keeps paths unique per culture, and on publish records the path (old paths keep redirecting).
/// </summary>
public sealed class AutoroutePartHandler(
    LtkDbContext db,
    SiteSettingsService siteSettings,
    AutoroutePatternEvaluator patterns,
    IOptions<SitePathOptions> sitePaths,
    TimeProvider clock,
    IStringLocalizer<ContentStrings> T) : ContentHandlerBase
{
    public override int Order => -50;

    public override async Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken)
    {
        var item = context.Item;
        if (context.Type?.FindPart(PartNames.Autoroute) is not { } typePart)
        {
            return;
        }

        var settings = typePart.Settings.GetSettings<AutoroutePartSettings>();
        var typed = item.As<AutoroutePart>().Path;
        var culture = await CultureOfAsync(item);

        if (settings.AllowCustomPath && !string.IsNullOrWhiteSpace(typed))
        {
            var path = Slugs.NormalizePath(typed);
            if (!Slugs.IsValidPath(path) || sitePaths.Value.IsReserved(path))
            {
                context.Errors.Add(new("AutoroutePart.Path", T["The path '{0}' cannot be used: use letters a–z, digits and dashes, and do not start with a reserved word such as 'admin' or 'en'.", typed]));
                return;
            }

            if (await OwnerOfAsync(culture, path, item.ContentItemId, cancellationToken) is { } owner)
            {
                context.Errors.Add(new("AutoroutePart.Path", T["The path '/{0}' is already used by '{1}'. Choose another.", path, owner]));
                return;
            }

            item.Alter<AutoroutePart>(p => p.Path = path);
            return;
        }

        var generated = Slugs.NormalizePath(await patterns.EvaluateAsync(settings.Pattern, item));
        if (generated.Length == 0 || sitePaths.Value.IsReserved(generated))
        {
            generated = Slugs.NormalizePath(item.ContentType.ToLowerInvariant() + "/" + generated);
        }

        var candidate = generated;
        for (var n = 2; await OwnerOfAsync(culture, candidate, item.ContentItemId, cancellationToken) is not null; n++)
        {
            candidate = $"{generated}-{n}";
        }

        item.Alter<AutoroutePart>(p => p.Path = candidate);
    }

    /// <summary>
    /// Orchard's "Set as home page" (<c>AutoroutePart.SetHomepage</c>): on publish the item takes its culture's
    /// home page, the empty path (<c>/</c>, <c>/en</c>), from whichever item had it (docs/decisions/0010-home-page.md).
    /// </summary>
    public static bool IsHomepage(ContentItem item) =>
        item.As<AutoroutePart>().SetHomepage;

    public override async Task PublishedAsync(ContentContext context, CancellationToken cancellationToken)
    {
        var item = context.Item;
        if (IsHomepage(item))
        {
            await ClaimHomepageAsync(item, cancellationToken);
        }

        if (item.As<AutoroutePart>().Path is not { Length: > 0 } path)
        {
            return;
        }

        var culture = await CultureOfAsync(item);
        var entries = db.Set<AutorouteEntry>();
        var mine = await entries.Where(e => e.ContentItemId == item.ContentItemId && e.Culture == culture).ToListAsync(cancellationToken);
        foreach (var old in mine.Where(e => e.IsCurrent && e.Path != path && e.Path.Length > 0))
        {
            old.IsCurrent = false;
        }

        var existing = mine.FirstOrDefault(e => e.Path == path)
            ?? await entries.FirstOrDefaultAsync(e => e.Culture == culture && e.Path == path, cancellationToken);
        if (existing is null)
        {
            entries.Add(new AutorouteEntry { Culture = culture, Path = path, ContentItemId = item.ContentItemId, IsCurrent = true, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            // An old path of another item is taken over: that path now belongs here.
            existing.ContentItemId = item.ContentItemId;
            existing.IsCurrent = true;
        }
    }

    private async Task ClaimHomepageAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var culture = await CultureOfAsync(item);
        var entries = db.Set<AutorouteEntry>();
        var home = entries.Local.FirstOrDefault(e => e.Culture == culture && e.Path.Length == 0)
            ?? await entries.FirstOrDefaultAsync(e => e.Culture == culture && e.Path == "", cancellationToken);
        if (home is null)
        {
            entries.Add(new AutorouteEntry { Culture = culture, Path = "", ContentItemId = item.ContentItemId, IsCurrent = true, CreatedUtc = clock.GetUtcNow().UtcDateTime });
        }
        else
        {
            home.ContentItemId = item.ContentItemId;
            home.IsCurrent = true;
        }
    }

    /// <summary>Display text of the other item that holds the path (current, or published and not yet moved), or null.</summary>
    private async Task<string?> OwnerOfAsync(string culture, string path, string contentItemId, CancellationToken cancellationToken)
    {
        var ownerId = await db.Set<AutorouteEntry>()
            .Where(e => e.Culture == culture && e.Path == path && e.IsCurrent && e.ContentItemId != contentItemId)
            .Select(e => e.ContentItemId).FirstOrDefaultAsync(cancellationToken);
        if (ownerId is null)
        {
            return null;
        }

        return await db.Set<ContentItem>().Where(i => i.ContentItemId == ownerId && i.Latest).Select(i => i.DisplayText).FirstOrDefaultAsync(cancellationToken) ?? ownerId;
    }

    private async Task<string> CultureOfAsync(ContentItem item) =>
        item.Culture ?? (await siteSettings.GetAsync()).DefaultCulture;
}
