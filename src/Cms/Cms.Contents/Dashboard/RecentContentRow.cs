namespace Cms.Contents.Dashboard;

/// <summary>An item in the dashboard's "recently changed" box.</summary>
public sealed record RecentContentRow(string Title, string TypeName, string Modified, string Author, string Status, string EditUrl);
