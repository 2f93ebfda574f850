namespace FeminaBot.Bot;

/// <summary>Where the clinicians' content files are (section <c>Dialogs</c>).</summary>
public sealed class DialogsOptions
{
    public const string Section = "Dialogs";

    /// <summary>A folder, relative to the working directory; unset, the copy of dialogs/ beside the program.</summary>
    public string? Path { get; set; }
}
