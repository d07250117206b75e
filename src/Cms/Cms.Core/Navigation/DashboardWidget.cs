namespace Cms.Core.Navigation;

/// <summary>A box on the admin dashboard: a heading and the partial view (with its model) that renders its body.</summary>
public sealed record DashboardWidget(string Title, string PartialView, object? Model, int Order = 0);
