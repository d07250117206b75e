using Cms.Core.Security;
using Microsoft.Extensions.Localization;

namespace Cms.Core.Navigation;

/// <summary>A module's entries in the admin menu, each guarded by a permission.</summary>
public interface IAdminMenuProvider
{
    void BuildMenu(AdminMenuBuilder menu);
}

public sealed record AdminMenuItem(LocalizedString Text, string Url, Permission? Permission, int Position, string Group);

public sealed class AdminMenuBuilder
{
    private readonly List<AdminMenuItem> _items = [];

    public IReadOnlyList<AdminMenuItem> Items => _items;

    /// <summary>Adds an entry; <paramref name="group"/> is the heading it is listed under.</summary>
    public AdminMenuBuilder Add(LocalizedString text, string url, Permission? permission, int position = 100, string group = "Content")
    {
        _items.Add(new AdminMenuItem(text, url, permission, position, group));
        return this;
    }
}
