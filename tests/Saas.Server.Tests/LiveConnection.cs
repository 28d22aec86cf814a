using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Saas.Server.Tests;

/// <summary>A server-to-client hub call: its target and its single argument.</summary>
public sealed record HubInvocation(string Target, JsonElement Argument)
{
    public override string ToString() => $"{Target}({Argument.GetRawText()})";
}

/// <summary>The hub refused the WebSocket upgrade with this HTTP status.</summary>
public sealed class LiveConnectionRefusedException(int statusCode, Exception inner)
    : Exception($"The hub refused the connection with status {statusCode}.", inner)
{
    public int StatusCode { get; } = statusCode;
}

/// <summary>
/// A SignalR client for /hubs/live speaking the JSON hub protocol over a raw WebSocket (no negotiate: the hub
/// is WebSockets-only), through the in-memory TestServer. Records end with the 0x1E separator.
/// </summary>
public sealed class LiveConnection : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(10);

    private readonly WebSocket _socket;
    private readonly Channel<HubInvocation> _invocations = Channel.CreateUnbounded<HubInvocation>();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _completions = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly StringBuilder _pending = new();
    private Task _reader = Task.CompletedTask;
    private int _nextInvocationId;

    private LiveConnection(WebSocket socket) => _socket = socket;

    /// <summary>Connects, completes the handshake and waits until the hub has put this connection in its groups.</summary>
    /// <param name="cookieHeader">The browser's Cookie header; null connects without one.</param>
    public static async Task<LiveConnection> ConnectAsync(WebApplicationFactory<Program> server, string? cookieHeader)
    {
        using var timeout = new CancellationTokenSource(ConnectTimeout);
        var client = server.Server.CreateWebSocketClient();
        if (cookieHeader is not null) client.ConfigureRequest = request => request.Headers.Cookie = cookieHeader;
        WebSocket socket;
        try
        {
            socket = await client.ConnectAsync(new Uri("ws://localhost/hubs/live"), timeout.Token);
        }
        catch (InvalidOperationException ex) when (StatusOf(ex) is { } status)
        {
            throw new LiveConnectionRefusedException(status, ex);
        }
        var connection = new LiveConnection(socket);
        try
        {
            await connection.HandshakeAsync(timeout.Token);
            connection._reader = Task.Run(connection.ReadLoopAsync);
            await connection.WaitUntilJoinedAsync(timeout.Token);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <returns>The next server-to-client invocation, or null if none arrives within <paramref name="within"/>.</returns>
    public async Task<HubInvocation?> ReceiveAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        try
        {
            return await _invocations.Reader.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Collects invocations until <paramref name="done"/> holds for what has arrived so far.</summary>
    public async Task<List<HubInvocation>> ReceiveUntilAsync(Func<IReadOnlyList<HubInvocation>, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Eventually.DefaultTimeout);
        var received = new List<HubInvocation>();
        while (!done(received))
        {
            var left = deadline - DateTime.UtcNow;
            var next = left > TimeSpan.Zero ? await ReceiveAsync(left) : null;
            if (next is null)
            {
                throw new TimeoutException($"Timed out waiting for {what}; received: [{string.Join(", ", received)}]");
            }
            received.Add(next);
        }
        return received;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (_socket.State == WebSocketState.Open) await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            // The hub answers with its close frame, which ends the read loop.
            await _reader.WaitAsync(timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException)
        {
            // Going away regardless.
        }
        await _stop.CancelAsync();
        _socket.Abort();
        _socket.Dispose();
    }

    private static int? StatusOf(InvalidOperationException ex)
    {
        // TestServer's WebSocketClient: "Incomplete handshake, status code: 401".
        const string marker = "status code: ";
        var at = ex.Message.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 && int.TryParse(ex.Message.AsSpan(at + marker.Length).Trim(), out var status) ? status : null;
    }

    private async Task HandshakeAsync(CancellationToken ct)
    {
        await SendRecordAsync("""{"protocol":"json","version":1}""", ct);
        var reply = await ReadRecordsAsync(ct);
        using var handshake = JsonDocument.Parse(reply[0]);
        if (handshake.RootElement.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"The hub rejected the handshake: {error.GetString()}");
        }
        foreach (var record in reply.Skip(1)) Dispatch(record);
    }

    /// <summary>
    /// The hub dispatches a connection's invocations only after OnConnectedAsync (which joins the groups) has
    /// run, so the answer to any invocation, even of a method that does not exist, means the connection is in.
    /// </summary>
    private async Task WaitUntilJoinedAsync(CancellationToken ct)
    {
        var id = Interlocked.Increment(ref _nextInvocationId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _completions[id] = completion;
        await SendRecordAsync($$"""{"type":1,"invocationId":"{{id}}","target":"__testBarrier","arguments":[]}""", ct);
        await completion.Task.WaitAsync(ct);
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var records = await ReadRecordsAsync(_stop.Token);
                if (records.Count == 0) break;
                foreach (var record in records) Dispatch(record);
            }
            _invocations.Writer.TryComplete();
        }
        catch (Exception ex)
        {
            _invocations.Writer.TryComplete(ex);
        }
        foreach (var completion in _completions.Values) completion.TrySetCanceled();
    }

    private void Dispatch(string record)
    {
        using var document = JsonDocument.Parse(record);
        var message = document.RootElement;
        switch (message.GetProperty("type").GetInt32())
        {
            case 1: // Invocation
                var arguments = message.GetProperty("arguments");
                _invocations.Writer.TryWrite(new HubInvocation(
                    message.GetProperty("target").GetString()!, arguments.GetArrayLength() > 0 ? arguments[0].Clone() : default));
                break;
            case 3: // Completion
                if (_completions.TryRemove(message.GetProperty("invocationId").GetString()!, out var completion))
                {
                    completion.TrySetResult(message.Clone());
                }
                break;
            case 7: // Close
                _invocations.Writer.TryComplete(new InvalidOperationException($"The hub closed the connection: {record}"));
                break;
            // 6 = Ping: nothing to do.
        }
    }

    /// <returns>The complete records of the next WebSocket message(s); empty when the socket closed.</returns>
    private async Task<List<string>> ReadRecordsAsync(CancellationToken ct)
    {
        var buffer = new byte[8192];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, ct);
            if (result.MessageType == WebSocketMessageType.Close) return [];
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            _pending.Append(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
            message.SetLength(0);
            var text = _pending.ToString();
            var end = text.LastIndexOf(RecordSeparator);
            if (end < 0) continue;
            _pending.Clear().Append(text, end + 1, text.Length - end - 1);
            return [.. text[..end].Split(RecordSeparator)];
        }
    }

    private Task SendRecordAsync(string json, CancellationToken ct) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, ct);
}
