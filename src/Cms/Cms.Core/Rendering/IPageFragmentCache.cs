using Microsoft.AspNetCore.Http;

namespace Cms.Core.Rendering;

/// <summary>Keeps parts of a layout that depend only on the page shown, not on who is looking (see <see cref="KeptFragmentTagHelper"/>).</summary>
public interface IPageFragmentCache
{
    /// <summary>The fragment <paramref name="name"/> of the current page as kept, else rendered by <paramref name="render"/> (and kept when the page allows).</summary>
    Task<string> GetOrRenderAsync(HttpContext httpContext, string name, Func<Task<string>> render);
}
