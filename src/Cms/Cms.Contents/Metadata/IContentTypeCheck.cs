namespace Cms.Contents.Metadata;

/// <summary>
/// A module's rule for a content type as it would be stored (e.g. a form's address must be free), asked by the
/// type's save in the admin and by the recipe's <c>ContentDefinition</c> step before anything is stored. Register
/// with <c>services.AddContentTypeCheck&lt;T&gt;()</c>.
/// </summary>
public interface IContentTypeCheck
{
    /// <summary>What is wrong with the type, each message saying what to fix, in the admin's language; none when it is fine.</summary>
    Task<IReadOnlyList<string>> CheckAsync(ContentTypeDefinition type, CancellationToken cancellationToken);
}
