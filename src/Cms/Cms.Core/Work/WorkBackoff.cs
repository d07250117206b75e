namespace Cms.Core.Work;

/// <summary>The wait before the next attempt: the first delay, doubled per further failed attempt, capped.</summary>
public static class WorkBackoff
{
    public static TimeSpan Delay(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        if (failedAttempts <= 1)
        {
            return first <= max ? first : max;
        }

        // Doubling past about 2^30 overflows long before any cap matters.
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var ticks = first.Ticks * factor;
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
