using System.IO.Enumeration;

namespace Marketplace.Sandbox;

/// <summary>
/// The fault rules of a running sandbox and the artifacts whose processing is made to fail.
/// Safe to change from any thread while requests run.
/// </summary>
public sealed class FaultInjector
{
    private readonly Lock gate = new();
    private readonly List<RuleSlot> rules = [];
    private readonly List<(string Pattern, string Reason)> failingFileNames = [];
    private readonly Dictionary<string, string> failingArtifacts = new(StringComparer.OrdinalIgnoreCase);

    public const string DefaultFailureReason = "The artifact failed validation (sandbox: processing failure injected)";

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (gate)
        {
            rules.Add(new RuleSlot(rule));
        }
    }

    /// <summary>Removes every fault rule (processing failures stay; see <see cref="ClearProcessingFailures"/>).</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (gate)
            {
                return rules.Select(slot => slot.Rule).ToList();
            }
        }
    }

    /// <summary>Artifacts whose file name matches the pattern (<c>*</c>, <c>?</c>) end processing as FAILED.</summary>
    public void FailProcessing(string fileNamePattern, string reason = DefaultFailureReason)
    {
        lock (gate)
        {
            failingFileNames.Add((fileNamePattern, reason));
        }
    }

    /// <summary>This artifact ends processing as FAILED.</summary>
    public void FailArtifact(string artifactId, string reason = DefaultFailureReason)
    {
        lock (gate)
        {
            failingArtifacts[artifactId] = reason;
        }
    }

    public void ClearProcessingFailures()
    {
        lock (gate)
        {
            failingFileNames.Clear();
            failingArtifacts.Clear();
        }
    }

    internal string? ProcessingFailureFor(string artifactId, string fileName)
    {
        lock (gate)
        {
            if (failingArtifacts.TryGetValue(artifactId, out var reason))
            {
                return reason;
            }

            foreach (var (pattern, patternReason) in failingFileNames)
            {
                if (FileSystemName.MatchesSimpleExpression(pattern, fileName, ignoreCase: true))
                {
                    return patternReason;
                }
            }

            return null;
        }
    }

    /// <summary>The fault to apply to this request, counting the match; null lets it through.</summary>
    internal FaultRule? Next(string method, string path)
    {
        lock (gate)
        {
            foreach (var slot in rules)
            {
                var rule = slot.Rule;
                if (rule.Times > 0 && slot.Applied >= rule.Times)
                {
                    continue;
                }

                if (!(rule.Method == "*" || string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)) || !FaultPath.Matches(rule.Path, path))
                {
                    continue;
                }

                slot.Seen++;
                if (slot.Seen <= rule.After)
                {
                    return null;
                }

                slot.Applied++;
                return rule;
            }

            return null;
        }
    }

    private sealed class RuleSlot(FaultRule rule)
    {
        public FaultRule Rule { get; } = rule;
        public int Seen { get; set; }
        public int Applied { get; set; }
    }
}
