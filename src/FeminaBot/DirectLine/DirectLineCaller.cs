namespace FeminaBot.DirectLine;

/// <summary>Who is calling Direct Line, from the request's bearer credential.</summary>
internal abstract record DirectLineCaller
{
    /// <summary>A trusted server holding the secret.</summary>
    public sealed record WithSecret : DirectLineCaller;

    /// <summary>A client holding a valid token.</summary>
    public sealed record WithToken(DirectLineToken Token, string Raw) : DirectLineCaller;

    /// <summary>A valid token for another conversation.</summary>
    public sealed record Foreign : DirectLineCaller;

    /// <summary>A token that has expired.</summary>
    public sealed record Expired : DirectLineCaller;

    /// <summary>No credential, or one that is not ours.</summary>
    public sealed record Unknown : DirectLineCaller;

    /// <summary>Reads the caller from an <c>Authorization: Bearer</c> header or, for streams, a <c>t</c> parameter.</summary>
    public static DirectLineCaller From(string? credential, DirectLineTokens tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (string.IsNullOrWhiteSpace(credential))
        {
            return new Unknown();
        }

        if (tokens.IsSecret(credential))
        {
            return new WithSecret();
        }

        return tokens.Read(credential) switch
        {
            null => new Unknown(),
            { } token when tokens.IsExpired(token) => new Expired(),
            { } token => new WithToken(token, credential),
        };
    }

    /// <summary>The bearer credential of a request.</summary>
    public static string? Bearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..].Trim() : null;
    }
}
