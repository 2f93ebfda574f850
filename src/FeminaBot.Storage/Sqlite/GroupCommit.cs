using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace FeminaBot.Storage.Sqlite;

/// <summary>
/// Group commit for a <see cref="SqliteDatabase"/>: the writes waiting when the writer is free run in
/// one immediate transaction with one commit, instead of a commit each. The first writer to find no
/// batch running leads: it takes the writer's turn and runs batches until nothing waits, so no thread
/// is kept for this and a lone write runs at once on its caller's thread. Each write has its own
/// savepoint; one that throws is rolled back and fails alone, the others commit. Every write's task
/// completes after the commit of its transaction, never before; if the commit fails, they all fail.
/// </summary>
internal sealed class GroupCommit(SqliteDatabase database)
{
    // A batch's size is bounded so that one commit never holds very many callers.
    private const int MostPerBatch = 256;

    private readonly ConcurrentQueue<Pending> _waiting = new();
    private int _leading;

    public void Enqueue(Pending write) => _waiting.Enqueue(write);

    /// <summary>Leads the batches if no one does; returns at once otherwise.</summary>
    public async Task DrainAsync()
    {
        // Checked again after leading ends: a write queued just as the leader finished is not left behind.
        while (!_waiting.IsEmpty && Interlocked.CompareExchange(ref _leading, 1, 0) == 0)
        {
            try
            {
                var first = true;
                while (!_waiting.IsEmpty)
                {
                    // The leader's own write is in its first batch; the batches after it run on the
                    // thread pool, so that the leader's turn goes on meanwhile.
                    if (!first)
                    {
                        await Task.Yield();
                    }

                    first = false;
                    try
                    {
                        await database.WithWriterTurnAsync(RunBatch).ConfigureAwait(false);
                    }
                    catch (SqliteException)
                    {
                        // The batch's writes have failed with it; the writer starts afresh on the next.
                    }
                }
            }
            catch (ObjectDisposedException e)
            {
                while (_waiting.TryDequeue(out var orphan))
                {
                    orphan.Fail(e);
                }
            }
            finally
            {
                Volatile.Write(ref _leading, 0);
            }
        }
    }

    private void RunBatch(SqliteSession session)
    {
        var batch = new List<Pending>();
        while (batch.Count < MostPerBatch && _waiting.TryDequeue(out var write))
        {
            if (write.IsCancelled)
            {
                write.Cancel();
                continue;
            }

            batch.Add(write);
        }

        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            session.InTransaction(inTransaction =>
            {
                // A lone write needs no savepoint: if it throws, the whole transaction is rolled back.
                var own = batch.Count > 1;
                foreach (var write in batch)
                {
                    if (own)
                    {
                        inTransaction.Command("SAVEPOINT write").ExecuteNonQuery();
                    }

                    try
                    {
                        write.Run(inTransaction);
                        if (own)
                        {
                            inTransaction.Command("RELEASE write").ExecuteNonQuery();
                        }
                    }
                    catch (Exception e) when (e is not SqliteException)
                    {
                        // The write's own failure (an ETag check): undone alone.
                        if (!own)
                        {
                            throw;
                        }

                        inTransaction.Command("ROLLBACK TO write").ExecuteNonQuery();
                        inTransaction.Command("RELEASE write").ExecuteNonQuery();
                        write.Failed = e;
                    }
                }

                return 0;
            });
        }
        catch (Exception e)
        {
            foreach (var write in batch)
            {
                write.Fail(write.Failed ?? e);
            }

            if (e is SqliteException)
            {
                throw;
            }

            return;
        }

        foreach (var write in batch)
        {
            write.Complete();
        }
    }

    /// <summary>A write waiting for its batch.</summary>
    internal abstract class Pending
    {
        public Exception? Failed { get; set; }

        public abstract bool IsCancelled { get; }

        public abstract void Run(SqliteSession session);

        public abstract void Complete();

        public abstract void Fail(Exception exception);

        public abstract void Cancel();
    }

    /// <summary>A write and the task its caller awaits.</summary>
    internal sealed class Write<T>(Func<SqliteSession, T> work, CancellationToken cancellationToken) : Pending
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _done.Task;

        public override bool IsCancelled => cancellationToken.IsCancellationRequested;

        public override void Run(SqliteSession session) => _result = work(session);

        public override void Complete()
        {
            if (Failed is { } failed)
            {
                _done.TrySetException(failed);
            }
            else
            {
                _done.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception exception) => _done.TrySetException(exception);

        public override void Cancel() => _done.TrySetCanceled(cancellationToken);
    }
}
