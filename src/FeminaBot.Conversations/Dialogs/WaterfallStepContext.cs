using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using FeminaBot.Conversations.State;

namespace FeminaBot.Conversations.Dialogs;

/// <summary>The context of one waterfall step: which step, the previous step's result, the dialog's options and values.</summary>
public sealed class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _parent;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, object? options, JsonObject values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState { DialogStack = dc.Stack }, dc.Parent)
    {
        _parent = parent;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The step's index, from zero.</summary>
    public int Index { get; }

    /// <summary>
    /// The options the dialog was begun with: the object itself on the first turn, its JSON on later
    /// turns. Use <see cref="GetOptions{T}()"/> to read it as a type.
    /// </summary>
    public object? Options { get; }

    /// <summary>Values the steps share, kept across turns.</summary>
    public JsonObject Values { get; }

    /// <summary>Why the step runs.</summary>
    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's answer or a child dialog's result; null if a prompt ran out of attempts.</summary>
    public object? Result { get; }

    /// <summary>The options as <typeparamref name="T"/>.</summary>
    public T? GetOptions<T>() => GetOptions((JsonTypeInfo<T>)StateJson.Options.GetTypeInfo(typeof(T)));

    /// <summary>The options as <typeparamref name="T"/>, read with the given contract.</summary>
    public T? GetOptions<T>(JsonTypeInfo<T> typeInfo) => Options switch
    {
        T typed => typed,
        JsonNode node => node.Deserialize(typeInfo),
        _ => default,
    };

    /// <summary>Skips to the next step now, passing it <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_parent.Id}'.");
        }

        _nextCalled = true;
        return _parent.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
