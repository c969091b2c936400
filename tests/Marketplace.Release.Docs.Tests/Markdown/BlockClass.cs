namespace Marketplace.Release.Docs.Tests.Markdown;

/// <summary>A block's kind, and how it got it (its marker, or the rule that recognised it) or why it is skipped.</summary>
internal sealed record BlockClass(BlockKind Kind, string Reason);
