using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Marketplace.Release.Manifest.Yaml;

/// <summary>
/// Builds the position-keeping tree of a manifest from YamlDotNet's event parser. It refuses what a release manifest
/// never needs and an attacker could abuse: anchors and aliases (alias bombs), custom tags, several documents,
/// nesting deeper than <see cref="ManifestLimits.MaxNestingDepth"/>; and it reports duplicate keys, which YAML
/// parsers otherwise resolve silently (last one wins).
/// </summary>
internal static class ManifestYamlReader
{
    private const string CoreTagPrefix = "tag:yaml.org,2002:";

    /// <summary>Returns the root node, or null when the text holds no usable document (the reason is in <paramref name="diagnostics"/>).</summary>
    public static ManifestNode? Read(string text, ManifestDiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var builder = new TreeBuilder(diagnostics);
        try
        {
            while (parser.MoveNext())
            {
                if (!builder.Accept(parser.Current!))
                {
                    return null;
                }
            }
        }
        catch (YamlException exception)
        {
            var unclosed = builder.InnermostOpenFlow is { } flow ? $"; {Unclosed(flow)}" : "";
            diagnostics.Add(Position(exception.Start), $"YAML syntax error: {OneLine(exception.Message)}{unclosed}; check the indentation and quote values that contain ': ' or start with a special character");
            return null;
        }
        catch (InvalidOperationException) when (builder.InnermostOpenFlow is { } flow)
        {
            // YamlDotNet's scanner (Scanner.ScanPlainScalar) throws InvalidOperationException instead of a YamlException
            // when a plain scalar inside an unclosed flow collection runs onto a less indented line: `key: [a` or
            // `hosting: {x` followed by more keys. The open '[' or '{' is the user's mistake, so it is reported there.
            diagnostics.Add(flow.Start, $"YAML syntax error: {Unclosed(flow)}; close it on the same line, or quote the value if the bracket is meant as text");
            return null;
        }
        catch (InvalidOperationException)
        {
            // The same scanner failure outside a flow collection has not been seen; still a syntax error, not a crash.
            diagnostics.Add(builder.LastPosition, "YAML syntax error: the text after this point cannot be read as YAML; check the brackets, quotes and indentation");
            return null;
        }

        return builder.Root;
    }

    internal static SourcePosition Position(Mark mark) =>
        new(checked((int)Math.Max(1, mark.Line)), checked((int)Math.Max(1, mark.Column)), mark.Index);

    private static string Unclosed(OpenCollection flow) => flow.IsMapping
        ? $"the flow mapping '{{' at line {flow.Start.Line}, column {flow.Start.Column} is not closed with '}}'"
        : $"the flow sequence '[' at line {flow.Start.Line}, column {flow.Start.Column} is not closed with ']'";

    private static string OneLine(string message)
    {
        var text = message.ReplaceLineEndings(" ").Trim();

        // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; our diagnostic already says where.
        var cut = text.IndexOf("): ", StringComparison.Ordinal);
        return text.StartsWith("(Line:", StringComparison.Ordinal) && cut >= 0 ? text[(cut + 3)..] : text;
    }

    /// <summary>Turns the flat event stream into nodes with an explicit stack, so deep input cannot overflow the call stack.</summary>
    private sealed class TreeBuilder(ManifestDiagnosticBag diagnostics)
    {
        private readonly Stack<OpenCollection> open = new();
        private int documents;

        public ManifestNode? Root { get; private set; }

        /// <summary>The innermost flow collection (<c>[…]</c> or <c>{…}</c>) still open; null when none is.</summary>
        public OpenCollection? InnermostOpenFlow => open.FirstOrDefault(collection => collection.IsFlow);

        /// <summary>Where the last event read starts (the start of the document before any).</summary>
        public SourcePosition LastPosition { get; private set; } = SourcePosition.Start;

        /// <summary>Takes one event; false stops reading (the problem is reported).</summary>
        public bool Accept(ParsingEvent parsingEvent)
        {
            LastPosition = Position(parsingEvent.Start);
            switch (parsingEvent)
            {
                case DocumentStart start:
                    documents++;
                    if (documents > 1)
                    {
                        diagnostics.Add(Position(start.Start), "a second YAML document starts here; a manifest is one document, remove this '---' and what follows");
                        return false;
                    }

                    return true;
                case AnchorAlias alias:
                    diagnostics.Add(Position(alias.Start), $"YAML alias '*{alias.Value}' is not supported; write the value out in full");
                    Add(new ScalarNode(Position(alias.Start), alias.End.Index, "", ScalarStyle.Plain));
                    return true;
                case Scalar scalar:
                    CheckNodeProperties(scalar);
                    Add(new ScalarNode(Position(scalar.Start), scalar.End.Index, scalar.Value, scalar.Style));
                    return true;
                case MappingStart mappingStart:
                    CheckNodeProperties(mappingStart);
                    return Open(new OpenCollection(Position(mappingStart.Start), IsMapping: true, IsFlow: mappingStart.Style == MappingStyle.Flow));
                case SequenceStart sequenceStart:
                    CheckNodeProperties(sequenceStart);
                    return Open(new OpenCollection(Position(sequenceStart.Start), IsMapping: false, IsFlow: sequenceStart.Style == SequenceStyle.Flow));
                case MappingEnd or SequenceEnd:
                    var closed = open.Pop();
                    Add(closed.IsMapping
                        ? new MappingNode(closed.Start, closed.Entries)
                        : new SequenceNode(closed.Start, closed.Items));
                    return true;
                default:
                    return true;
            }
        }

        private bool Open(OpenCollection collection)
        {
            if (open.Count >= ManifestLimits.MaxNestingDepth)
            {
                diagnostics.Add(collection.Start, $"the manifest nests deeper than {ManifestLimits.MaxNestingDepth} levels; a release manifest needs at most 5, flatten this value");
                return false;
            }

            open.Push(collection);
            return true;
        }

        private void CheckNodeProperties(NodeEvent node)
        {
            if (!node.Anchor.IsEmpty)
            {
                diagnostics.Add(Position(node.Start), $"YAML anchor '&{node.Anchor}' is not supported; remove it and write values out in full");
            }

            if (!node.Tag.IsEmpty && !node.Tag.Value.StartsWith(CoreTagPrefix, StringComparison.Ordinal) && node.Tag.Value != "!")
            {
                diagnostics.Add(Position(node.Start), $"YAML tag '{node.Tag.Value}' is not supported; remove it and write a plain value");
            }
        }

        private void Add(ManifestNode node)
        {
            if (open.Count == 0)
            {
                Root = node;
                return;
            }

            var parent = open.Peek();
            if (!parent.IsMapping)
            {
                parent.Items.Add(node);
                return;
            }

            if (parent.PendingKey is null)
            {
                parent.PendingKey = node;
                return;
            }

            var keyNode = parent.PendingKey;
            parent.PendingKey = null;
            if (keyNode is not ScalarNode key)
            {
                diagnostics.Add(keyNode.Start, $"a key here is {keyNode.KindDescription}; keys must be plain names such as 'version'");
                return;
            }

            if (parent.KeysSeen.TryGetValue(key.Value, out var first))
            {
                diagnostics.Add(key.Start, $"duplicate key '{key.Value}' (first at line {first.Line}); keep only one of them");
                return;
            }

            parent.KeysSeen.Add(key.Value, key.Start);
            parent.Entries.Add(new MappingEntry(key, node));
        }
    }

    private sealed record OpenCollection(SourcePosition Start, bool IsMapping, bool IsFlow)
    {
        public List<MappingEntry> Entries { get; } = [];

        public List<ManifestNode> Items { get; } = [];

        public Dictionary<string, SourcePosition> KeysSeen { get; } = new(StringComparer.Ordinal);

        public ManifestNode? PendingKey { get; set; }
    }
}
