namespace Cms.Contents.Services;

/// <summary>A layout fragment as it was rendered for a published page, with the output cache tags its rendering added.</summary>
public sealed record KeptFragment(string Html, IReadOnlyList<string> Tags);
