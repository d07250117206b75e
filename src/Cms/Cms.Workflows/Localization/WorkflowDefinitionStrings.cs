using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Cms.Workflows.Localization;

/// <summary>
/// Marker for what the engine says about a type's document: the validator's errors, the move's dry run and the recipe step's
/// errors. English keys, translations in WorkflowDefinitionStrings.{culture}.resx.
/// </summary>
public sealed class WorkflowDefinitionStrings
{
    private WorkflowDefinitionStrings()
    {
    }

    /// <summary>The message in the reader's language, or the English key formatted when there is no localizer (code, tests).</summary>
    public static string Say(IStringLocalizer<WorkflowDefinitionStrings>? localizer, string key, params object[] arguments) =>
        localizer is null ? string.Format(CultureInfo.InvariantCulture, key, arguments) : localizer[key, arguments];
}
