namespace Cms.Admin;

/// <summary>The rate-limit policies of the admin module.</summary>
public static class AdminRateLimits
{
    /// <summary>Sign-in attempts per client address (setting <c>Security:LoginAttemptsPerMinute</c>).</summary>
    public const string Login = "login";
}
