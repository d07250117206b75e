namespace Cms.Forms;

/// <summary>The rate-limit policies of the form module.</summary>
public static class FormRateLimits
{
    /// <summary>Form posts per client address (setting <c>Forms:PostsPerMinute</c>).</summary>
    public const string Posts = "form-posts";
}
