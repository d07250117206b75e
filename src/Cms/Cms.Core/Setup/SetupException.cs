namespace Cms.Core.Setup;

/// <summary>First-run setup failed; the site was left as it was before the attempt.</summary>
public sealed class SetupException : Exception
{
    public SetupException()
    {
    }

    public SetupException(string message)
        : base(message)
    {
    }

    public SetupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
