using System.Runtime.Versioning;
using FeminaBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Storage.Tests.Sqlite;

/// <summary>The database file: owner-only on Unix, and a file that cannot be used is named with what to do.</summary>
public sealed class SqliteDatabaseTests : IDisposable
{
    private const UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerAll = OwnerReadWrite | UnixFileMode.UserExecute;
    private readonly string _directory = Directory.CreateTempSubdirectory("feminabot-sqlite-file-").FullName;

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task The_folder_it_creates_and_the_database_files_are_the_owners_alone()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        var folder = Path.Combine(_directory, "data");
        var file = Path.Combine(folder, "feminabot.db");

        using var storage = new SqliteStorage(file);
        await storage.WriteAsync(new Dictionary<string, FeminaBot.Conversations.Storage.StoreItem> { ["k"] = new("{}"u8.ToArray(), null) }, default);

        Assert.Equal(OwnerAll, File.GetUnixFileMode(folder));
        Assert.All(new[] { file, file + "-wal", file + "-shm" }, path => Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(path)));
    }

    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Database_files_an_earlier_version_left_readable_by_others_are_made_the_owners_alone()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes");
        var file = Path.Combine(_directory, "feminabot.db");
        using (var earlier = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            earlier.Open();
            using var wal = earlier.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);";
            wal.ExecuteNonQuery();
            File.SetUnixFileMode(file, OwnerReadWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

            using var database = SqliteDatabase.Open(file);

            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file));
            Assert.Equal(OwnerReadWrite, File.GetUnixFileMode(file + "-wal"));
        }
    }

    [Fact]
    public void A_file_of_random_bytes_is_named_as_no_database_with_what_to_do()
    {
        var file = Path.Combine(_directory, "feminabot.db");
        File.WriteAllBytes(file, System.Security.Cryptography.RandomNumberGenerator.GetBytes(8192));

        var refused = Assert.Throws<SqliteDatabaseException>(() => SqliteDatabase.Open(file));

        Assert.StartsWith($"{file} is not a SQLite database or is damaged", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Move it aside", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_is_a_folder_is_named_as_not_readable_and_writable()
    {
        var file = Path.Combine(_directory, "feminabot.db");
        Directory.CreateDirectory(file);

        var refused = Assert.Throws<SqliteDatabaseException>(() => SqliteDatabase.Open(file));

        Assert.StartsWith($"{file} cannot be opened for reading and writing", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_that_cannot_be_made_is_named_too()
    {
        File.WriteAllText(Path.Combine(_directory, "data"), "a file where the folder should be");
        var file = Path.Combine(_directory, "data", "feminabot.db");

        var refused = Assert.Throws<SqliteDatabaseException>(() => SqliteDatabase.Open(file));

        Assert.StartsWith($"{file} cannot be opened for reading and writing", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
