using System.Text;

namespace FeminaBot.Storage.Tests.Sqlite;

/// <summary>The raw bytes of a SQLite database and its write-ahead log, as anyone who copies the files reads them.</summary>
internal static class SqliteFileBytes
{
    /// <summary>Whether <paramref name="text"/> (UTF-8) is anywhere in the database file or its -wal file.</summary>
    public static bool Contain(string databasePath, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return new[] { databasePath, databasePath + "-wal" }.Any(file => File.Exists(file) && Read(file).AsSpan().IndexOf(needle) >= 0);
    }

    private static byte[] Read(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
