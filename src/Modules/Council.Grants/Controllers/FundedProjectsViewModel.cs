using Council.Grants.Decisions;

namespace Council.Grants.Controllers;

/// <summary>One year of the public list: its projects, the other years to go to, and the list's address in the reader's language.</summary>
public sealed record FundedProjectsViewModel(int Year, IReadOnlyList<int> Years, IReadOnlyList<FundedProject> Projects, string BasePath)
{
    public decimal Total => Projects.Sum(p => p.Amount);

    public string UrlOf(int year) => $"{BasePath}/{year}";
}
