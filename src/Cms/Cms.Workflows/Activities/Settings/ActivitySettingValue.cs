namespace Cms.Workflows.Activities.Settings;

/// <summary>A setting's value as the form holds it: the text typed (or the option chosen), or the items of a list.</summary>
public sealed record ActivitySettingValue(string Text, IReadOnlyList<string> Items)
{
    public static ActivitySettingValue Empty { get; } = new("", []);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Items.Count == 0;
}
