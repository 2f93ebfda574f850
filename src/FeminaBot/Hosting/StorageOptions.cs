using System.ComponentModel.DataAnnotations;

namespace FeminaBot.Hosting;

/// <summary>Where conversation state is kept (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary><c>Sqlite</c> (default: a file that survives restarts) or <c>Memory</c> (lost on restart).</summary>
    [Required]
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The SQLite file, relative to the working directory.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/feminabot.db";
}

/// <summary>The state stores FeminaBot can use.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file.</summary>
    Sqlite,

    /// <summary>Process memory; for development and tests.</summary>
    Memory,
}
