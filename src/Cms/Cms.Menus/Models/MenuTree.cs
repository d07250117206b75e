using System.Text.Json.Nodes;
using Cms.Contents.Services;

namespace Cms.Menus.Models;

/// <summary>Names in a menu's JSON, in Orchard's shape.</summary>
public static class MenuNames
{
    public const string MenuType = "Menu";
    public const string LinkMenuItem = "LinkMenuItem";
    public const string ContentMenuItem = "ContentMenuItem";
    public const string MenuItemsListPart = "MenuItemsListPart";
    public const string MenuItems = "MenuItems";
    public const string AliasPart = "AliasPart";
    public const string LinkMenuItemPart = "LinkMenuItemPart";
    public const string ContentMenuItemPart = "ContentMenuItemPart";
    public const string SelectedContentItem = "SelectedContentItem";

    /// <summary>The alias of the menu the theme shows in its header.</summary>
    public const string MainAlias = "main";
}

/// <summary>One menu item as stored: a link to an address or to a content item, with its children.</summary>
public sealed record MenuNode(string Id, string ContentType, string Text, string? Url, string? TargetId, IReadOnlyList<MenuNode> Children)
{
    public bool IsContentLink => ContentType == MenuNames.ContentMenuItem;
}

/// <summary>How an item moves among its neighbours.</summary>
public enum MenuMove
{
    Up,
    Down,

    /// <summary>Becomes the last child of the item above it.</summary>
    In,

    /// <summary>Leaves its parent and follows it.</summary>
    Out,
}

/// <summary>
/// Reads and changes the nested <c>MenuItemsListPart.MenuItems</c> arrays of a menu in place, so whatever
/// else an item carries (properties this site does not know) stays as it was.
/// </summary>
public static class MenuTree
{
    public static IReadOnlyList<MenuNode> Read(JsonObject owner) =>
        (owner[MenuNames.MenuItemsListPart]?[MenuNames.MenuItems] as JsonArray)?.OfType<JsonObject>().Select(ReadNode).ToList() ?? [];

    /// <summary>Every item with its depth (0 for the top level), in reading order.</summary>
    public static IEnumerable<(MenuNode Node, int Depth)> Flatten(IReadOnlyList<MenuNode> nodes, int depth = 0) =>
        nodes.SelectMany(n => new[] { (n, depth) }.Concat(Flatten(n.Children, depth + 1)));

    public static JsonObject NewLink(string text, string url) => new()
    {
        ["ContentItemId"] = ContentIds.New(),
        ["ContentType"] = MenuNames.LinkMenuItem,
        ["DisplayText"] = text,
        [MenuNames.LinkMenuItemPart] = new JsonObject { ["Name"] = text, ["Url"] = url },
    };

    public static JsonObject NewContentLink(string text, string contentItemId) => new()
    {
        ["ContentItemId"] = ContentIds.New(),
        ["ContentType"] = MenuNames.ContentMenuItem,
        ["DisplayText"] = text,
        [MenuNames.ContentMenuItemPart] = new JsonObject { ["Name"] = text },
        [MenuNames.ContentMenuItem] = new JsonObject
        {
            [MenuNames.SelectedContentItem] = new JsonObject { ["ContentItemIds"] = new JsonArray(contentItemId) },
        },
    };

    /// <summary>Adds an item at the end of the top level or of the given parent's children.</summary>
    public static bool Add(JsonObject menu, JsonObject item, string? parentId)
    {
        var owner = string.IsNullOrEmpty(parentId) ? menu : Find(menu, parentId)?.Item;
        if (owner is null)
        {
            return false;
        }

        ItemsOf(owner).Add(item);
        return true;
    }

    public static JsonObject? FindItem(JsonObject menu, string id) => Find(menu, id)?.Item;

    public static bool Remove(JsonObject menu, string id)
    {
        if (Find(menu, id) is not { } found)
        {
            return false;
        }

        found.Siblings.RemoveAt(found.Index);
        return true;
    }

    public static bool Move(JsonObject menu, string id, MenuMove move)
    {
        if (Find(menu, id) is not { } found)
        {
            return false;
        }

        var (siblings, index, item, parent) = found;
        switch (move)
        {
            case MenuMove.Up when index > 0:
                siblings.RemoveAt(index);
                siblings.Insert(index - 1, item);
                return true;
            case MenuMove.Down when index < siblings.Count - 1:
                siblings.RemoveAt(index);
                siblings.Insert(index + 1, item);
                return true;
            case MenuMove.In when index > 0 && siblings[index - 1] is JsonObject above:
                siblings.RemoveAt(index);
                ItemsOf(above).Add(item);
                return true;
            case MenuMove.Out when parent is not null && Find(menu, Id(parent)) is { } parentPlace:
                siblings.RemoveAt(index);
                parentPlace.Siblings.Insert(parentPlace.Index + 1, item);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Moves an item (with its children) to the end of another parent, or of the top level when <paramref name="parentId"/> is empty.</summary>
    public static bool SetParent(JsonObject menu, string id, string? parentId)
    {
        if (Find(menu, id) is not { } found)
        {
            return false;
        }

        var currentParent = found.Parent is null ? "" : Id(found.Parent);
        if (string.Equals(currentParent, parentId ?? "", StringComparison.Ordinal))
        {
            return true;
        }

        JsonObject owner = menu;
        if (!string.IsNullOrEmpty(parentId))
        {
            // An item cannot go below itself or below one of its own children.
            if (parentId == id || FindIn(found.Item, parentId) is not null || FindItem(menu, parentId) is not { } newParent)
            {
                return false;
            }

            owner = newParent;
        }

        found.Siblings.RemoveAt(found.Index);
        ItemsOf(owner).Add(found.Item);
        return true;
    }

    /// <summary>Changes the text (and for a link its address) of an item.</summary>
    public static void Update(JsonObject item, string text, string? url)
    {
        item["DisplayText"] = text;
        var partName = Id(item, "ContentType") == MenuNames.LinkMenuItem ? MenuNames.LinkMenuItemPart : MenuNames.ContentMenuItemPart;
        var part = item[partName] as JsonObject ?? [];
        item[partName] = part;
        part["Name"] = text;
        if (url is not null && partName == MenuNames.LinkMenuItemPart)
        {
            part["Url"] = url;
        }
    }

    /// <summary>The id of the parent of an item, "" for the top level, or null when the item is not in the menu.</summary>
    public static string? ParentOf(JsonObject menu, string id) =>
        Find(menu, id) is { } found ? (found.Parent is null ? "" : Id(found.Parent)) : null;

    /// <summary>Ids of the item and everything below it.</summary>
    public static IEnumerable<string> SelfAndDescendants(MenuNode node) =>
        new[] { node.Id }.Concat(node.Children.SelectMany(SelfAndDescendants));

    private static MenuNode ReadNode(JsonObject item)
    {
        var type = Id(item, "ContentType");
        var isLink = type == MenuNames.LinkMenuItem;
        var part = item[isLink ? MenuNames.LinkMenuItemPart : MenuNames.ContentMenuItemPart] as JsonObject;
        var text = String(part?["Name"]) is { Length: > 0 } name ? name : Id(item, "DisplayText");
        var target = isLink ? null : String((item[MenuNames.ContentMenuItem]?[MenuNames.SelectedContentItem]?["ContentItemIds"] as JsonArray)?.FirstOrDefault());
        return new MenuNode(Id(item), type, text, isLink ? String(part?["Url"]) : null, target, Read(item));
    }

    private static JsonArray ItemsOf(JsonObject owner)
    {
        if (owner[MenuNames.MenuItemsListPart] is not JsonObject part)
        {
            part = [];
            owner[MenuNames.MenuItemsListPart] = part;
        }

        if (part[MenuNames.MenuItems] is not JsonArray items)
        {
            items = [];
            part[MenuNames.MenuItems] = items;
        }

        return items;
    }

    private sealed record Place(JsonArray Siblings, int Index, JsonObject Item, JsonObject? Parent);

    private static Place? Find(JsonObject menu, string id) => FindIn(menu, id, parent: null);

    private static Place? FindIn(JsonObject owner, string id, JsonObject? parent = null)
    {
        if (owner[MenuNames.MenuItemsListPart]?[MenuNames.MenuItems] is not JsonArray items)
        {
            return null;
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                continue;
            }

            if (Id(item) == id)
            {
                return new Place(items, i, item, parent);
            }

            if (FindIn(item, id, item) is { } below)
            {
                return below;
            }
        }

        return null;
    }

    private static string Id(JsonObject item, string property = "ContentItemId") => String(item[property]) ?? "";

    private static string? String(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var s) ? s : null;
}
