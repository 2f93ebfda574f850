namespace FeminaBot.Storage.Sqlite;

/// <summary>
/// Keeps the database readable by its owner alone (on Unix): the folder FeminaBot creates for it
/// is 0700, the file and its -wal and -shm companions 0600. The companions take the file's mode when
/// SQLite creates them, so creating the file first, 0600, is what covers them.
/// </summary>
internal static class SqliteFiles
{
    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    /// <summary>The database file and the files SQLite keeps beside it.</summary>
    public static string[] All(string filePath) => [filePath, filePath + "-wal", filePath + "-shm"];

    /// <summary>Creates the folder and an empty database file if missing, owner-only; tightens existing files.</summary>
    public static void Prepare(string filePath)
    {
        var folder = Path.GetDirectoryName(filePath);
        if (OperatingSystem.IsWindows())
        {
            if (folder is not null)
            {
                Directory.CreateDirectory(folder);
            }

            return;
        }

        if (folder is not null && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }

        // An empty file is an empty database; SQLite would create it 0644.
        if (!File.Exists(filePath))
        {
            using var created = new FileStream(filePath, new FileStreamOptions
            {
                Mode = FileMode.OpenOrCreate,
                Access = FileAccess.Write,
                Share = FileShare.ReadWrite | FileShare.Delete,
                UnixCreateMode = OwnerOnlyFile,
            });
        }

        // Files an earlier version left readable by others.
        foreach (var file in All(filePath))
        {
            if (File.Exists(file) && (File.GetUnixFileMode(file) & Others) != 0)
            {
                File.SetUnixFileMode(file, File.GetUnixFileMode(file) & ~Others);
            }
        }
    }
}
