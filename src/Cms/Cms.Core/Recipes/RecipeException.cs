namespace Cms.Core.Recipes;

/// <summary>A recipe or one of its steps could not be carried out; the message says which and why.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException()
    {
    }

    public RecipeException(string message)
        : base(message)
    {
    }

    public RecipeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The name of the step that failed, when a step failed.</summary>
    public string? StepName { get; init; }

    /// <summary>The 1-based position of that step in the recipe.</summary>
    public int? StepNumber { get; init; }
}
