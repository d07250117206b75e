using System.Text.RegularExpressions;
using Cms.Contents.Models;
using Cms.Contents.Parts;
using Cms.Menus.Localization;
using Cms.Menus.Models;
using Microsoft.Extensions.Localization;

namespace Cms.Menus.Parts;

/// <summary>
/// AliasPart: <c>{"Alias": "main"}</c>, a fixed name the site finds an item by (the theme asks for the menu
/// "main"). Without an editor, a menu made in the admin could never become the main menu.
/// </summary>
public sealed partial class AliasPartDriver(IStringLocalizer<MenuStrings> T) : ContentPartDriver<AliasPart>
{
    public const int MaxLength = 64;

    public override string PartName => MenuNames.AliasPart;

    public override string EditorView => "~/Areas/Admin/Views/Content/Parts/AliasPart.cshtml";

    public override ValueTask<object?> EditAsync(AliasPart part, PartContext context, CancellationToken cancellationToken)
    {
        context.SetInput("Alias", part.Alias ?? "");
        return default;
    }

    public override ValueTask UpdateAsync(AliasPart part, PartContext context, CancellationToken cancellationToken)
    {
        var alias = context.Input("Alias");
        if (alias.Length > 0 && (alias.Length > MaxLength || !AliasPattern().IsMatch(alias)))
        {
            context.AddError("Alias", T["The alias can have lower-case letters a–z, digits and dashes, at most {0} characters.", MaxLength]);
        }

        part.Alias = alias;
        return default;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex AliasPattern();
}
