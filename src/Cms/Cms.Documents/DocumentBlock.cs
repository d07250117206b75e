namespace Cms.Documents;

/// <summary>One block of a <see cref="TextDocument"/>, in reading order.</summary>
public abstract record DocumentBlock;
