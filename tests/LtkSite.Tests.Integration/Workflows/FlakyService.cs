namespace LtkSite.Tests.Integration.Workflows;

/// <summary>The switch behind <see cref="FlakyTask"/>.</summary>
public sealed class FlakyService
{
    public bool IsDown { get; set; }
}
