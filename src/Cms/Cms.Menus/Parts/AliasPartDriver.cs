using System.Text.RegularExpressions;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Contents.Services;
using Cms.Menus.Localization;
using Cms.Menus.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Menus.Parts;

/// <summary>
/// AliasPart: <c>{"Alias": "main"}</c>, a fixed name the site finds an item by (the theme asks for the menu
/// "main"). Without an editor, a menu made in the admin could never become the main menu.
/// </summary>
public sealed partial class AliasPartDriver(IStringLocalizer<MenuStrings> T) : IContentPartDriver
{
    public const int MaxLength = 64;

    public string PartName => MenuNames.AliasPart;

    public string EditorView => "~/Areas/Admin/Views/Content/Parts/AliasPart.cshtml";

    public void WriteInputs(ContentItem item, PartContext part, ContentEditorForm form) =>
        form.Set(part.Name("Alias"), item.As<AliasPart>(part.Prefix).Alias ?? "");

    public Task UpdateAsync(ContentItem item, PartContext part, ContentEditorForm form, CancellationToken cancellationToken)
    {
        var alias = form.Get(part.Name("Alias")).Trim();
        if (alias.Length > 0 && (alias.Length > MaxLength || !AliasPattern().IsMatch(alias)))
        {
            form.AddError(part.Name("Alias"), T["The alias can have lower-case letters a–z, digits and dashes, at most {0} characters.", MaxLength]);
        }

        item.Alter<AliasPart>(part.Prefix, p => p.Alias = alias);
        return Task.CompletedTask;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex AliasPattern();
}
