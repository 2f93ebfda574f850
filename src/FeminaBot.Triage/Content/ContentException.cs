namespace FeminaBot.Triage.Content;

/// <summary>A content file under dialogs/ is missing or wrong; the message names the file and line.</summary>
public sealed class ContentException : Exception
{
    public ContentException() { }

    /// <summary>Creates the exception with a message.</summary>
    public ContentException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ContentException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>An error at a line of a file.</summary>
    public static ContentException At(string file, long line, string problem) => new($"{file}, line {line}: {problem}");
}
