using FeminaBot.Conversations.Storage;
using Polly;
using Polly.CircuitBreaker;

namespace FeminaBot.Storage;

/// <summary>
/// The state store behind a circuit breaker: while the store keeps failing, turns fail at once with
/// <see cref="StorageUnavailableException"/> (the parent is asked kindly to try again, the channel gets
/// 503) instead of each waiting on a dead store; a trial call after the break lets it recover by itself.
/// ETag races pass straight through: they are not failures.
/// </summary>
internal sealed class ResilientStorage : IStorage
{
    private readonly IStorage _inner;
    private readonly ResiliencePipeline _pipeline;

    public ResilientStorage(IStorage inner, TimeSpan breakDuration, int minimumThroughput)
    {
        _inner = inner;
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = TimeProvider.System }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<StorageUnavailableException>(),
                FailureRatio = 0.5,
                MinimumThroughput = minimumThroughput,
                SamplingDuration = TimeSpan.FromSeconds(30),
                BreakDuration = breakDuration,
            })
            .Build();
    }

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        RunAsync(ct => _inner.ReadAsync(keys, ct), cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) =>
        RunAsync(ct => _inner.WriteAsync(changes, ct), cancellationToken);

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        RunAsync(async ct =>
        {
            await _inner.DeleteAsync(keys, ct);
            return true;
        }, cancellationToken);

    private async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async ct => await operation(ct), cancellationToken);
        }
        catch (BrokenCircuitException e)
        {
            throw new StorageUnavailableException("The state store failed repeatedly; waiting before trying it again.", e);
        }
    }
}
