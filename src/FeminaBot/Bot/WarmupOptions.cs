namespace FeminaBot.Bot;

/// <summary>The rehearsal at start that loads the recognizers before the first parent writes (section <c>Warmup</c>).</summary>
public sealed class WarmupOptions
{
    public const string Section = "Warmup";

    public bool Enabled { get; set; } = true;
}
