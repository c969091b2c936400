namespace Marketplace.Release.Domain;

/// <summary>What follows from a version's framework (docs/marketplace-api.md § Versions and § Frameworks and exactly-once creates).</summary>
public static class FrameworkFacts
{
    /// <summary>
    /// The Marketplace assigns the build number (connect, forge): <c>version.build</c> is refused, and the engine
    /// takes the created version's build number from the answer.
    /// </summary>
    public static bool AssignsBuildNumber(this Framework framework) => framework is Framework.Connect or Framework.Forge;

    /// <summary>The Marketplace assigns the version number too (connect): <c>version.number</c> is refused.</summary>
    public static bool AssignsVersionNumber(this Framework framework) => framework is Framework.Connect;

    /// <summary>
    /// The version is an uploaded file (plugin, workflow): the manifest must name it, and the framework's attributes
    /// come from it, never from <c>version.frameworkAttributes</c>.
    /// </summary>
    public static bool IsUploadedFile(this Framework framework) => framework is Framework.Plugin or Framework.Workflow;

    /// <summary>The version points at an uploaded or fetched artifact: the file (plugin, workflow) or connect's descriptor.</summary>
    public static bool PointsAtArtifact(this Framework framework) => framework.IsUploadedFile() || framework is Framework.Connect;
}
