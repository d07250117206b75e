namespace Cms.Core.Modules;

/// <summary>Stops start-up when the modules cannot be put in a valid order.</summary>
public sealed class ModuleLoadException : Exception
{
    public ModuleLoadException()
    {
    }

    public ModuleLoadException(string message)
        : base(message)
    {
    }

    public ModuleLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
