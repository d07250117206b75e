using Council.Grants.Models;

namespace Council.Grants.Controllers;

/// <summary>The applications list: the filters as typed, the choices they offer, and one page of rows.</summary>
public sealed class ApplicationListViewModel
{
    public required ApplicationListFilter Filter { get; init; }

    public required string FilterQuery { get; init; }

    public required IReadOnlyList<(GrantApplicationStatus Value, string Label)> Statuses { get; init; }

    public required IReadOnlyList<(string Value, string Label)> Kinds { get; init; }

    public required IReadOnlyList<int> Years { get; init; }

    /// <summary>Meeting dates to choose from (04.03.2027): the coming meetings and the one filtered on.</summary>
    public required IReadOnlyList<string> Meetings { get; init; }

    public int Total { get; set; }

    public int PageCount { get; set; } = 1;

    public IReadOnlyList<ApplicationListRow> Rows { get; set; } = [];

    public string PageUrl(int page) => "/admin/applications?" + (FilterQuery.Length > 0 ? FilterQuery + "&" : "") + "Page=" + page;
}
