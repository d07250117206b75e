using Microsoft.Extensions.Localization;

namespace Cms.Core.Navigation;

/// <summary>A menu entry's number and what it counts in words, for screen readers ("3 open tasks for you").</summary>
public sealed record AdminMenuCount(int Count, LocalizedString Description);
