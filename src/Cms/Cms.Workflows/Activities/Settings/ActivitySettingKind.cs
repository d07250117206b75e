namespace Cms.Workflows.Activities.Settings;

/// <summary>What a setting holds, which decides its input in the admin form and how it is stored in <c>Properties</c>.</summary>
public enum ActivitySettingKind
{
    /// <summary>One line of text, stored as a string.</summary>
    Text,

    /// <summary>Several lines of text, stored as a string.</summary>
    MultilineText,

    /// <summary>A Liquid template, stored in Orchard's shape <c>{ "Expression": "…" }</c>.</summary>
    Liquid,

    /// <summary>A safe (Liquid) expression such as <c>Input.Amount &gt; 1000</c>, stored as <c>{ "Expression": "…" }</c>.</summary>
    Expression,

    /// <summary>A number, stored as a JSON number.</summary>
    Number,

    /// <summary>Yes or no, stored as true or false.</summary>
    YesNo,

    /// <summary>One of the setting's fixed <see cref="ActivitySetting.Options"/>, stored as its value.</summary>
    Choice,

    /// <summary>Some of the site's roles, stored as a list of role names.</summary>
    Roles,

    /// <summary>Some of the site's content types, stored as a list of type names.</summary>
    ContentTypes,

    /// <summary>A length of time as text (the hint says which notation), stored as a string.</summary>
    Duration,

    /// <summary>A cron schedule, stored as a string.</summary>
    Cron,

    /// <summary>A list of names, one a line (outcomes, actions, branches), stored as a list of strings.</summary>
    List,
}
