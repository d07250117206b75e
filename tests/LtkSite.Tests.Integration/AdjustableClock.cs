namespace LtkSite.Tests.Integration;

/// <summary>The system clock moved on by <see cref="Offset"/>, for tests about what happens once time has passed.</summary>
public sealed class AdjustableClock : TimeProvider
{
    public TimeSpan Offset { get; private set; }

    public void Advance(TimeSpan by) => Offset += by;

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
}
