namespace Marketplace.Sandbox.Http;

/// <summary>
/// An API error a handler stops with. Thrown rather than returned so that validators stay linear;
/// <see cref="EndpointKit"/> turns it into the Marketplace error body.
/// </summary>
internal sealed class ApiProblem(int status, string code, string title, string? detail = null) : Exception(title)
{
    public int Status { get; } = status;
    public string Code { get; } = code;
    public string Title { get; } = title;
    public string? Detail { get; } = detail;

    /// <summary>Sent as the Retry-After header (seconds) when set.</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>401 and 403 come without a body on the live API.</summary>
    public bool WithoutBody => Status is 401 or 403;

    public static ApiProblem Validation(string title, string? detail = null) => new(400, "VALIDATION_ERROR", title, detail);
    public static ApiProblem ListingValidation(string title, string? detail = null) => new(400, "VALIDATION_FAIL", title, detail);
    public static ApiProblem InvalidParameter(string title) => new(400, "INVALID_PARAMETER", title);
    public static ApiProblem NotFound(string title, string code = "NOT_FOUND") => new(404, code, title);
    public static ApiProblem Forbidden() => new(403, "FORBIDDEN", "Forbidden");
}
