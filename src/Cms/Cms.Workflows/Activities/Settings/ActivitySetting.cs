namespace Cms.Workflows.Activities.Settings;

/// <summary>
/// One setting of an activity as its admin form shows it: the key in <c>Properties</c> (Orchard's name where Orchard has
/// one), the label and hint as English keys translated with the activity's strings, what it holds and whether it must be
/// given. Most activities describe their settings with a list of these; one that needs more brings its own editor.
/// </summary>
public sealed record ActivitySetting(string Key, string Label, ActivitySettingKind Kind)
{
    public string Hint { get; init; } = "";

    public bool Required { get; init; }

    /// <summary>The value an absent setting means (for yes/no: "true" when absent means yes).</summary>
    public string? Default { get; init; }

    /// <summary>How many lines its input shows (a body, instructions); one for a single-line input.</summary>
    public int Lines { get; init; } = 1;

    /// <summary>The values to choose from for <see cref="ActivitySettingKind.Choice"/>, labels as English keys.</summary>
    public IReadOnlyList<ActivitySettingOption> Options { get; init; } = [];

    /// <summary>Whether the value is stored as a list of strings.</summary>
    public bool IsList => Kind is ActivitySettingKind.Roles or ActivitySettingKind.ContentTypes or ActivitySettingKind.List;

    /// <summary>Whether the value is stored in Orchard's expression shape.</summary>
    public bool IsExpression => Kind is ActivitySettingKind.Liquid or ActivitySettingKind.Expression;
}
