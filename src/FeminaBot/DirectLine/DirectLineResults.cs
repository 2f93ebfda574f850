namespace FeminaBot.DirectLine;

/// <summary>Direct Line's answers: its error body with a stable code, and its JSON types.</summary>
internal static class DirectLineResults
{
    public static IResult Error(int status, string code, string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), DirectLineJsonContext.Default.DirectLineError, statusCode: status);

    public static IResult BadArgument(string message) => Error(StatusCodes.Status400BadRequest, "BadArgument", message);

    public static IResult Unauthorized() => Error(StatusCodes.Status401Unauthorized, "BadArgument", "A valid token or secret is required.");

    public static IResult Expired() => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.");

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "BadArgument", "The token is not valid for this conversation.");

    public static IResult Conversation(DirectLineConversationResponse response, int status = StatusCodes.Status200OK) =>
        Results.Json(response, DirectLineJsonContext.Default.DirectLineConversationResponse, statusCode: status);

    public static IResult Activities(byte[] activitySetJson) => Results.Bytes(activitySetJson, "application/json");
}
