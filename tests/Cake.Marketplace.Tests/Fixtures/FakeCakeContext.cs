using System.Reflection;
using Cake.Core;
using Cake.Core.Diagnostics;
using Cake.Core.IO;

namespace Cake.Marketplace.Tests.Fixtures;

/// <summary>
/// The parts of Cake's context the aliases use (environment variables, working directory, log), without Cake.Testing
/// (not served here): every other member throws, so a test notices when an alias starts using more.
/// </summary>
internal class FakeCakeContext : DispatchProxy
{
    private IReadOnlyDictionary<string, string?> variables = new Dictionary<string, string?>();
    private DirectoryPath workingDirectory = new("/");
    private ICakeLog log = new RecordingLog();
    private ICakeEnvironment? environment;

    public static ICakeContext Create(string workingDirectory, IReadOnlyDictionary<string, string?> variables, ICakeLog log)
    {
        var context = Create<ICakeContext, FakeCakeContext>();
        var fake = (FakeCakeContext)(object)context;
        fake.variables = variables;
        fake.workingDirectory = new DirectoryPath(workingDirectory);
        fake.log = log;
        fake.environment = FakeEnvironment.Create(fake);
        return context;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
    {
        "get_Environment" => (object?)environment,
        "get_Log" => log,
        _ => throw new NotSupportedException($"FakeCakeContext does not support {targetMethod?.Name}"),
    };

    /// <summary>The environment part: variables and the working directory.</summary>
    internal class FakeEnvironment : DispatchProxy
    {
        private FakeCakeContext owner = null!;

        public static ICakeEnvironment Create(FakeCakeContext owner)
        {
            var environment = Create<ICakeEnvironment, FakeEnvironment>();
            ((FakeEnvironment)(object)environment).owner = owner;
            return environment;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod?.Name switch
        {
            // Typed as object: DirectoryPath converts to string implicitly, and the switch would pick string for both arms.
            "GetEnvironmentVariable" => (object?)(owner.variables.TryGetValue((string)args![0]!, out var value) ? value : null),
            "get_WorkingDirectory" => (object)owner.workingDirectory,
            _ => throw new NotSupportedException($"FakeEnvironment does not support {targetMethod?.Name}"),
        };
    }
}
