using Cms.Core.Navigation;

namespace Cms.Admin.Models;

/// <summary>The dashboard: the site's name and the widgets the modules offer this user.</summary>
public sealed record DashboardViewModel(string SiteName, IReadOnlyList<DashboardWidget> Widgets);
