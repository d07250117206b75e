using Cms.Contents.Models;
using Cms.Contents.Services;
using Cms.Core.Security;
using Cms.Menus.Localization;
using Cms.Menus.Models;
using Cms.Menus.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cms.Menus.Controllers;

/// <summary>What the menu editor shows, with whatever the user typed in its forms.</summary>
public sealed class MenuEditViewModel
{
    public required ContentItem Menu { get; init; }

    public required IReadOnlyList<MenuNode> Tree { get; init; }

    /// <summary>The linked items that are published, with their addresses.</summary>
    public required IReadOnlyDictionary<string, MenuTarget> Targets { get; init; }

    public IReadOnlyList<MenuTarget> SearchResults { get; init; } = [];

    /// <summary>What the user typed in the add forms (kept when a form is refused) and the page search.</summary>
    public MenuEditForm Form { get; init; } = new();

    public IEnumerable<(MenuNode Node, int Depth)> Flat => MenuTree.Flatten(Tree);
}

/// <summary>The add forms of the menu editor as typed, and the page search.</summary>
public sealed class MenuEditForm
{
    public string LinkText { get; init; } = "";

    public string LinkUrl { get; init; } = "";

    public string LinkParent { get; init; } = "";

    public string ContentText { get; init; } = "";

    public string ContentTarget { get; init; } = "";

    public string ContentParent { get; init; } = "";

    public string? Query { get; init; }
}

/// <summary>The editor of one menu item: its text, its address (links) and its parent.</summary>
public sealed class MenuItemEditViewModel
{
    public required ContentItem Menu { get; init; }

    public required MenuNode Item { get; init; }

    public required IReadOnlyList<MenuNode> Tree { get; init; }

    public MenuTarget? Target { get; init; }

    public string ItemText { get; init; } = "";

    public string ItemUrl { get; init; } = "";

    public string ItemParent { get; init; } = "";

    /// <summary>Where the item may go: the top level and every item not inside it.</summary>
    public IEnumerable<(MenuNode Node, int Depth)> PossibleParents
    {
        get
        {
            var own = MenuTree.SelfAndDescendants(Item).ToHashSet(StringComparer.Ordinal);
            return MenuTree.Flatten(Tree).Where(e => !own.Contains(e.Node.Id));
        }
    }
}

/// <summary>
/// Menus in the admin: the list, and an editor of a menu's tree that works with plain forms. Every change
/// is saved through the content manager as a new draft version of the menu (so the history, the audit trail
/// and the check against someone else's save apply); publishing puts the draft on the site.
/// </summary>
[Area("Admin")]
[Route("/admin/menus")]
[RequirePermission(nameof(Permissions.ManageMenus))]
public sealed class MenuAdminController(
    ContentManager contents,
    MenuService menus,
    IStringLocalizer<MenuStrings> T) : Controller
{
    public const string LinkTextField = "LinkText";
    public const string LinkUrlField = "LinkUrl";
    public const string ContentTextField = "ContentText";
    public const string ContentTargetField = "ContentTarget";
    public const string ItemTextField = "ItemText";
    public const string ItemUrlField = "ItemUrl";
    public const string ItemParentField = "ItemParent";
    private const int SearchSize = 25;
    private const int MaxTextLength = 200;

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        return View(await menus.ListAsync(cancellationToken));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, string? q, CancellationToken cancellationToken)
    {
        return await LatestMenuAsync(id, cancellationToken) is { } menu ? await EditViewAsync(menu, new() { Query = q }, cancellationToken) : NotFound();
    }

    [HttpPost("{id}/links")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddLink(string id, string? baseVersionId, [FromForm(Name = LinkTextField)] string? text, [FromForm(Name = LinkUrlField)] string? url, string? linkParent, CancellationToken cancellationToken)
    {
        if (await LatestMenuAsync(id, cancellationToken) is not { } menu)
        {
            return NotFound();
        }

        var typed = new MenuEditForm { LinkText = text?.Trim() ?? "", LinkUrl = url?.Trim() ?? "", LinkParent = linkParent ?? "" };
        CheckText(LinkTextField, typed.LinkText, T["Enter the text of the link."]);
        if (typed.LinkUrl.Length == 0)
        {
            ModelState.AddModelError(LinkUrlField, T["Enter the address of the link."]);
        }
        else if (!MenuUrl.IsValid(typed.LinkUrl))
        {
            ModelState.AddModelError(LinkUrlField, T["The address must be a path on this site starting with / (for example /kontakt) or a full address starting with http:// or https://."]);
        }

        if (!ModelState.IsValid)
        {
            return await EditViewAsync(menu, typed, cancellationToken);
        }

        var item = MenuTree.NewLink(typed.LinkText, typed.LinkUrl);
        return await SaveAsync(menu, baseVersionId, content => MenuTree.Add(content, item, typed.LinkParent), T["The link {0} was added. Publish the menu to show it on the site.", typed.LinkText], typed, cancellationToken);
    }

    [HttpPost("{id}/content-links")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> AddContentLink(string id, string? baseVersionId, [FromForm(Name = ContentTextField)] string? text, [FromForm(Name = ContentTargetField)] string? target, string? contentParent, string? q, CancellationToken cancellationToken)
    {
        if (await LatestMenuAsync(id, cancellationToken) is not { } menu)
        {
            return NotFound();
        }

        var typed = new MenuEditForm { ContentText = text?.Trim() ?? "", ContentTarget = target ?? "", ContentParent = contentParent ?? "", Query = q };
        var found = typed.ContentTarget.Length == 0 ? null
            : (await menus.FindTargetsAsync([typed.ContentTarget], cancellationToken)).GetValueOrDefault(typed.ContentTarget);
        if (found is null)
        {
            ModelState.AddModelError(ContentTargetField, typed.ContentTarget.Length == 0
                ? T["Choose the page the menu item links to."]
                : T["The chosen page is no longer published. Choose another page."]);
        }

        if (typed.ContentText.Length > MaxTextLength)
        {
            ModelState.AddModelError(ContentTextField, T["The text can have at most {0} characters.", MaxTextLength]);
        }

        if (!ModelState.IsValid)
        {
            return await EditViewAsync(menu, typed, cancellationToken);
        }

        var linkText = typed.ContentText.Length > 0 ? typed.ContentText : found!.DisplayText;
        var item = MenuTree.NewContentLink(linkText, found!.ContentItemId);
        return await SaveAsync(menu, baseVersionId, content => MenuTree.Add(content, item, typed.ContentParent), T["The link {0} was added. Publish the menu to show it on the site.", linkText], typed, cancellationToken);
    }

    [HttpPost("{id}/move")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Move(string id, string? baseVersionId, string? itemId, MenuMove? direction, CancellationToken cancellationToken)
    {
        if (await LatestMenuAsync(id, cancellationToken) is not { } menu)
        {
            return NotFound();
        }

        return await SaveAsync(menu, baseVersionId, content => direction is { } move && MenuTree.Move(content, itemId ?? "", move), T["The menu item was moved. Publish the menu to show the change on the site."], new(), cancellationToken);
    }

    [HttpPost("{id}/remove")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Remove(string id, string? baseVersionId, string? itemId, CancellationToken cancellationToken)
    {
        if (await LatestMenuAsync(id, cancellationToken) is not { } menu)
        {
            return NotFound();
        }

        var name = MenuTree.Flatten(MenuTree.Read(menu.Content)).FirstOrDefault(e => e.Node.Id == itemId).Node?.Text ?? "";
        return await SaveAsync(menu, baseVersionId, content => MenuTree.Remove(content, itemId ?? ""), T["The menu item {0} was removed. Publish the menu to remove it from the site.", name], new(), cancellationToken);
    }

    [HttpGet("{id}/items/{itemId}")]
    public async Task<IActionResult> EditItem(string id, string itemId, CancellationToken cancellationToken)
    {
        if (await LatestMenuAsync(id, cancellationToken) is not { } menu || FindNode(menu, itemId) is not { } node)
        {
            return NotFound();
        }

        return await EditItemViewAsync(menu, node, node.Text, node.Url ?? "", MenuTree.ParentOf(menu.Content, itemId) ?? "", cancellationToken);
    }

    [HttpPost("{id}/items/{itemId}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> EditItemPost(string id, string itemId, string? baseVersionId, [FromForm(Name = ItemTextField)] string? text, [FromForm(Name = ItemUrlField)] string? url, [FromForm(Name = ItemParentField)] string? parent, CancellationToken cancellationToken)
    {
        if (await LatestMenuAsync(id, cancellationToken) is not { } menu || FindNode(menu, itemId) is not { } node)
        {
            return NotFound();
        }

        var typedText = text?.Trim() ?? "";
        var typedUrl = url?.Trim() ?? "";
        var typedParent = parent ?? "";
        CheckText(ItemTextField, typedText, T["Enter the text of the menu item."]);
        if (!node.IsContentLink && !MenuUrl.IsValid(typedUrl))
        {
            ModelState.AddModelError(ItemUrlField, typedUrl.Length == 0
                ? T["Enter the address of the link."]
                : T["The address must be a path on this site starting with / (for example /kontakt) or a full address starting with http:// or https://."]);
        }

        if (typedParent.Length > 0 && MenuTree.SelfAndDescendants(node).Contains(typedParent))
        {
            ModelState.AddModelError(ItemParentField, T["A menu item cannot be placed under itself or under one of its own items."]);
        }

        CheckBaseVersion(baseVersionId);

        if (!ModelState.IsValid)
        {
            return await EditItemViewAsync(menu, node, typedText, typedUrl, typedParent, cancellationToken);
        }

        var edited = menu.CloneAsNewVersion();
        var item = MenuTree.FindItem(edited.Content, itemId)!;
        MenuTree.Update(item, typedText, node.IsContentLink ? null : typedUrl);
        if (!MenuTree.SetParent(edited.Content, itemId, typedParent))
        {
            ModelState.AddModelError(ItemParentField, T["Choose where the menu item goes."]);
            return await EditItemViewAsync(menu, node, typedText, typedUrl, typedParent, cancellationToken);
        }

        try
        {
            await contents.UpdateAsync(edited, BaseVersion.Of(baseVersionId!), publish: false, cancellationToken: cancellationToken);
        }
        catch (ContentConcurrencyException ex)
        {
            ModelState.AddModelError("", ConcurrencyMessage(ex));
            return FindNode(ex.Theirs, itemId) is { } theirs
                ? await EditItemViewAsync(ex.Theirs, theirs, typedText, typedUrl, typedParent, cancellationToken)
                : await EditViewAsync(ex.Theirs, new(), cancellationToken);
        }

        TempData["Message"] = T["The menu item {0} was saved. Publish the menu to show the change on the site.", typedText].Value;
        return Redirect(EditUrl(id));
    }

    [HttpPost("{id}/publish")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Publish(string id, string? baseVersionId, CancellationToken cancellationToken)
    {
        if (await LatestMenuAsync(id, cancellationToken) is not { } menu)
        {
            return NotFound();
        }

        CheckBaseVersion(baseVersionId);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(menu, new(), cancellationToken);
        }

        // Publishing what the editor did not see would put someone else's unfinished change on the site.
        if (baseVersionId != menu.ContentItemVersionId)
        {
            ModelState.AddModelError("", T["Someone else changed this menu while you were working, so it was not published. Check the menu below and publish again."]);
            return await EditViewAsync(menu, new(), cancellationToken);
        }

        await contents.PublishAsync(id, cancellationToken);
        TempData["Message"] = T["The menu {0} was published.", menu.DisplayText].Value;
        return Redirect(EditUrl(id));
    }

    public static string EditUrl(string id) => "/admin/menus/" + Uri.EscapeDataString(id);

    private void CheckText(string field, string text, string missing)
    {
        if (text.Length == 0)
        {
            ModelState.AddModelError(field, missing);
        }
        else if (text.Length > MaxTextLength)
        {
            ModelState.AddModelError(field, T["The text can have at most {0} characters.", MaxTextLength]);
        }
    }

    /// <summary>Without the version the form was made from, a change could silently undo another editor's.</summary>
    private void CheckBaseVersion(string? baseVersionId)
    {
        if (string.IsNullOrEmpty(baseVersionId))
        {
            ModelState.AddModelError("", T["Your change was not saved, because the form did not say which version of the menu you started from. Check the menu below and make your change again."]);
        }
    }

    private string ConcurrencyMessage(ContentConcurrencyException ex) =>
        T["{0} saved this menu while you were working, so your change was not saved. The menu below is their version; make your change again.", ex.Theirs.Author];

    private async Task<IActionResult> SaveAsync(ContentItem menu, string? baseVersionId, Func<System.Text.Json.Nodes.JsonObject, bool> change, string message, MenuEditForm typed, CancellationToken cancellationToken)
    {
        CheckBaseVersion(baseVersionId);
        if (!ModelState.IsValid)
        {
            return await EditViewAsync(menu, typed, cancellationToken);
        }

        var edited = menu.CloneAsNewVersion();
        if (!change(edited.Content))
        {
            // The item is gone or cannot move that way (the page was out of date); nothing to save.
            ModelState.AddModelError("", T["That change cannot be made to the menu as it is now. Check the menu below and try again."]);
            return await EditViewAsync(menu, typed, cancellationToken);
        }

        try
        {
            await contents.UpdateAsync(edited, BaseVersion.Of(baseVersionId!), publish: false, cancellationToken: cancellationToken);
        }
        catch (ContentConcurrencyException ex)
        {
            ModelState.AddModelError("", ConcurrencyMessage(ex));
            return await EditViewAsync(ex.Theirs, typed, cancellationToken);
        }

        TempData["Message"] = message;
        return Redirect(EditUrl(menu.ContentItemId));
    }

    private async Task<ContentItem?> LatestMenuAsync(string id, CancellationToken cancellationToken) =>
        await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) is { ContentType: MenuNames.MenuType, DeletedUtc: null } menu ? menu : null;

    private static MenuNode? FindNode(ContentItem menu, string itemId) =>
        MenuTree.Flatten(MenuTree.Read(menu.Content)).Select(e => e.Node).FirstOrDefault(n => n.Id == itemId);

    private async Task<IActionResult> EditViewAsync(ContentItem menu, MenuEditForm typed, CancellationToken cancellationToken)
    {
        var tree = MenuTree.Read(menu.Content);
        var ids = MenuTree.Flatten(tree).Select(e => e.Node.TargetId).OfType<string>().Distinct().ToList();
        if (typed.ContentTarget.Length > 0)
        {
            ids.Add(typed.ContentTarget);
        }

        var targets = await menus.FindTargetsAsync(ids, cancellationToken);
        var results = (await menus.SearchTargetsAsync(menu.Culture, typed.Query, SearchSize, cancellationToken)).ToList();

        // The page the user chose stays chosen even when the search no longer lists it.
        if (targets.GetValueOrDefault(typed.ContentTarget) is { } chosen && results.All(r => r.ContentItemId != chosen.ContentItemId))
        {
            results.Insert(0, chosen);
        }

        return View("Edit", new MenuEditViewModel
        {
            Menu = menu,
            Tree = tree,
            Targets = targets,
            SearchResults = results,
            Form = typed,
        });
    }

    private async Task<IActionResult> EditItemViewAsync(ContentItem menu, MenuNode node, string text, string url, string parent, CancellationToken cancellationToken)
    {
        var target = node.TargetId is { } targetId ? (await menus.FindTargetsAsync([targetId], cancellationToken)).GetValueOrDefault(targetId) : null;
        return View("EditItem", new MenuItemEditViewModel
        {
            Menu = menu,
            Item = node,
            Tree = MenuTree.Read(menu.Content),
            Target = target,
            ItemText = text,
            ItemUrl = url,
            ItemParent = parent,
        });
    }
}
