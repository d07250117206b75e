using Microsoft.AspNetCore.Http;

namespace Cms.Contents.Services;

/// <summary>
/// The inputs and key of the published page the request shows, set when its body is built, so the layout's fragments
/// (<see cref="PageFragmentCache"/>) are kept under the same inputs as the body.
/// </summary>
public sealed record RenderedPage(RenderingInputs Inputs, string Key)
{
    private static readonly object s_key = new();

    public static void Set(HttpContext httpContext, RenderingInputs inputs, string key) => httpContext.Items[s_key] = new RenderedPage(inputs, key);

    public static RenderedPage? Of(HttpContext httpContext) => httpContext.Items.TryGetValue(s_key, out var value) ? value as RenderedPage : null;
}
