using System.Text.RegularExpressions;
using Cms.Core.Data;
using Council.Grants.Controllers;
using Council.Grants.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Services;

/// <summary>
/// The secretariat's applications as the list and its export select them: from the index table alone, filtered and
/// ordered so each filter and the default order (newest first) is answered from one of the table's indexes.
/// </summary>
public sealed partial class GrantApplicationList(LtkDbContext db)
{
    public IQueryable<GrantApplicationIndex> Filtered(ApplicationListCriteria criteria)
    {
        var query = db.Set<GrantApplicationIndex>().AsNoTracking();
        if (criteria.Status is { } status)
        {
            query = query.Where(i => i.Status == status);
        }

        if (criteria.Kind is { } kind)
        {
            query = query.Where(i => i.ApplicantKind == kind);
        }

        if (criteria.Year is { } year)
        {
            query = query.Where(i => i.PoolYear == year);
        }

        if (criteria.Meeting is { } meeting)
        {
            query = query.Where(i => i.MeetingDate == meeting);
        }

        query = criteria.Flag switch
        {
            ApplicationListFilter.FlagLowerPriority => query.Where(i => i.LowerPriority),
            ApplicationListFilter.FlagStartsEarly => query.Where(i => i.StartsBeforeMeeting),
            ApplicationListFilter.FlagAny => query.Where(i => i.LowerPriority || i.StartsBeforeMeeting),
            _ => query,
        };

        if (criteria.Search is { Length: > 0 } search)
        {
            // A reference is looked up in its index; other words anywhere in the lower-cased search column.
            if (ReferencePattern().IsMatch(search))
            {
                var reference = search.ToUpperInvariant();
                query = query.Where(i => i.Reference == reference);
            }
            else
            {
                var words = search.ToLowerInvariant();
                query = query.Where(i => i.SearchText.Contains(words));
            }
        }

        return query;
    }

    public static IQueryable<GrantApplicationIndex> Sorted(IQueryable<GrantApplicationIndex> query, string sort) => sort switch
    {
        ApplicationListFilter.SortOldest => query.OrderBy(i => i.SubmittedUtc).ThenBy(i => i.Id),
        ApplicationListFilter.SortAmountHigh => query.OrderByDescending(i => i.AmountInOre).ThenByDescending(i => i.Id),
        ApplicationListFilter.SortAmountLow => query.OrderBy(i => i.AmountInOre).ThenBy(i => i.Id),
        ApplicationListFilter.SortReference => query.OrderBy(i => i.Reference).ThenBy(i => i.Id),
        _ => query.OrderByDescending(i => i.SubmittedUtc).ThenByDescending(i => i.Id),
    };

    [GeneratedRegex(@"^[A-Za-z]{1,10}-\d{4}-\d{1,8}$", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ReferencePattern();
}
