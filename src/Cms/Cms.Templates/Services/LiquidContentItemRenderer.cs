using Cms.Contents.Services;
using Cms.Core.Data;
using Microsoft.AspNetCore.Html;

namespace Cms.Templates.Services;

/// <summary>Renders an item through the first template its names find (see <see cref="TemplateNames"/>).</summary>
public sealed class LiquidContentItemRenderer(TemplateCache templates, LiquidEngine engine, LtkDbContext db, IServiceProvider services) : IContentItemRenderer
{
    public async Task<IHtmlContent> RenderAsync(ContentDisplayViewModel model, ContentDisplayType displayType, CancellationToken cancellationToken)
    {
        var names = TemplateNames.For(model.Item, displayType);
        var resolved = await templates.ResolveAsync(names, db, cancellationToken)
            ?? throw new InvalidOperationException($"No template for '{names[^1]}': the built-in default is missing from the build.");
        return new HtmlString(await engine.RenderAsync(resolved.Template, model, displayType, services));
    }
}
