using System.Security.Cryptography;
using System.Text;
using Cms.Core.Data;
using Cms.Workflows.Services;
using Council.Grants.Data;
using Microsoft.EntityFrameworkCore;

namespace Council.Grants.Screening;

/// <summary>
/// The applicant's private links to answer the secretariat (docs/decisions/0047-grant-screening-workflow.md): a long random
/// token (32 bytes), only its hash stored, valid for a number of days. Danish <c>/ansoegning/oplysninger/{token}</c>,
/// English <c>/en/application/information/{token}</c>.
/// </summary>
public sealed class GrantInformationLinks(LtkDbContext db, TimeProvider clock)
{
    public const string Segment = "ansoegning";

    public const string DanishPath = "/ansoegning/oplysninger/";

    public const string EnglishPath = "/en/application/information/";

    public static string Language(string? culture) => culture is not null && culture.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "en" : "da";

    public static string PathOf(string token, string language) => (language == "en" ? EnglishPath : DanishPath) + token;

    public static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A new request with its first link; staged in the caller's unit of work. Returns the link's token.</summary>
    public string Ask(string contentItemId, string question, string language, TimeSpan validFor, out GrantInformationRequest request)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        request = new GrantInformationRequest
        {
            RequestId = WorkflowIds.New(),
            ContentItemId = contentItemId,
            Question = question.Length > 4000 ? question[..4000] : question,
            Language = language,
            AskedUtc = now,
            ExpiresUtc = now + validFor,
        };
        return AddLink(request);
    }

    /// <summary>
    /// A new link for the item's latest unanswered request that has not expired (for a reminder), with the same question and
    /// expiry; null when there is none, e.g. the applicant has answered.
    /// </summary>
    public async Task<(string Token, GrantInformationRequest Request)?> RemindAsync(string contentItemId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Set<GrantInformationRequest>().AsNoTracking()
            .Where(r => r.ContentItemId == contentItemId && r.AnsweredUtc == null && r.ExpiresUtc > now)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        if (open is null)
        {
            return null;
        }

        var request = new GrantInformationRequest
        {
            RequestId = open.RequestId,
            ContentItemId = open.ContentItemId,
            Question = open.Question,
            Language = open.Language,
            AskedUtc = open.AskedUtc,
            ExpiresUtc = open.ExpiresUtc,
        };
        return (AddLink(request), request);
    }

    /// <summary>The link's request, answered or not, expired or not; null for a token that was never given.</summary>
    public async Task<GrantInformationRequest?> FindAsync(string token, CancellationToken cancellationToken)
    {
        if (token.Length is < 40 or > 100)
        {
            return null;
        }

        var hash = HashOf(token);
        return await db.Set<GrantInformationRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
    }

    /// <summary>Marks every link of the request answered, staged; false when it was answered already (by another link, or twice at once).</summary>
    public async Task<bool> MarkAnsweredAsync(string requestId, CancellationToken cancellationToken)
    {
        var links = await db.Set<GrantInformationRequest>().Where(r => r.RequestId == requestId).ToListAsync(cancellationToken);
        if (links.Count == 0 || links.Any(r => r.AnsweredUtc is not null))
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var link in links)
        {
            link.AnsweredUtc = now;
        }

        return true;
    }

    private string AddLink(GrantInformationRequest request)
    {
        var token = NewToken();
        request.TokenHash = HashOf(token);
        db.Add(request);
        return token;
    }

    /// <summary>A new link's token: 32 random bytes, base64url.</summary>
    public static string NewToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
