using System.Security.Cryptography;
using FeminaBot.Storage.Sqlite;

namespace FeminaBot.DirectLine.Logs;

/// <summary>
/// The token key when the state is in SQLite: made once and kept in the database, so a page's token
/// outlives a restart. Whoever can read the file can read every conversation anyway.
/// </summary>
internal sealed class SqliteTokenKey(SqliteDatabase database) : ITokenKeyStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS directline_token_key (
            id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            key BLOB NOT NULL
        );
        """;

    public byte[] Load()
    {
        return SqliteFailures.Guard(() => database.Write(session =>
        {
            session.Execute(Schema);
            var insert = session.Command("INSERT OR IGNORE INTO directline_token_key (id, key) VALUES (1, $key)", "$key");
            insert.Parameters["$key"].Value = RandomNumberGenerator.GetBytes(32);
            insert.ExecuteNonQuery();
            return (byte[])session.Command("SELECT key FROM directline_token_key WHERE id = 1").ExecuteScalar()!;
        }));
    }
}
