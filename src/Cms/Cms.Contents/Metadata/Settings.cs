namespace Cms.Contents.Metadata;

/// <summary>Orchard's ContentTypeSettings group.</summary>
public sealed class ContentTypeSettings
{
    /// <summary>Editors can create items of this type from the admin.</summary>
    public bool Creatable { get; set; }

    /// <summary>Items of this type appear in the admin content list.</summary>
    public bool Listable { get; set; }

    /// <summary>Items can be saved as a draft before they are published.</summary>
    public bool Draftable { get; set; }

    /// <summary>Every save keeps the previous version in the history.</summary>
    public bool Versionable { get; set; }

    /// <summary>The type has its own edit/publish/delete permissions.</summary>
    public bool Securable { get; set; }

    public string? Description { get; set; }

    public string? Stereotype { get; set; }
}

/// <summary>Orchard's ContentTypePartSettings group: how a part appears in one type.</summary>
public sealed class ContentTypePartSettings
{
    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public int Position { get; set; }

    public string? Editor { get; set; }
}

/// <summary>Orchard's ContentPartSettings group.</summary>
public sealed class ContentPartSettings
{
    public bool Attachable { get; set; }

    public bool Reusable { get; set; }

    public string? DisplayName { get; set; }

    public string? Description { get; set; }
}

/// <summary>Orchard's ContentPartFieldSettings group: how a field appears in its part.</summary>
public sealed class ContentPartFieldSettings
{
    public string? DisplayName { get; set; }

    public string? Description { get; set; }

    public int Position { get; set; }

    /// <summary>Editor variant, e.g. <c>TextArea</c> for a multi-line text field.</summary>
    public string? Editor { get; set; }

    public string? DisplayMode { get; set; }
}
