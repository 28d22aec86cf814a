using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Saas.Bench;

/// <summary>A minimal SignalR JSON-protocol client over a WebSocket (the .NET SignalR client is not available).</summary>
internal sealed class HubListener(ClientWebSocket socket) : IAsyncDisposable
{
    private const char Separator = '\u001e';

    public static async Task<HubListener> ConnectAsync(string baseUrl, CookieContainer cookies)
    {
        var socket = new ClientWebSocket();
        socket.Options.Cookies = cookies;
        await socket.ConnectAsync(new Uri(baseUrl.Replace("http", "ws", StringComparison.Ordinal) + "/hubs/live"), CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}" + Separator), WebSocketMessageType.Text, true, CancellationToken.None);
        return new HubListener(socket);
    }

    /// <summary>Calls <paramref name="onInvocation"/> with each message's target and first argument until cancelled.</summary>
    public async Task ListenAsync(Action<string, JsonElement> onInvocation, CancellationToken ct)
    {
        var buffer = new byte[1 << 16];
        var pending = new StringBuilder();
        try
        {
            while (!ct.IsCancellationRequested && socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, ct);
                pending.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
                var text = pending.ToString();
                var last = text.LastIndexOf(Separator);
                if (last < 0) continue;
                foreach (var frame in text[..last].Split(Separator, StringSplitOptions.RemoveEmptyEntries))
                {
                    using var json = JsonDocument.Parse(frame);
                    if (json.RootElement.TryGetProperty("type", out var type) && type.GetInt32() == 1)
                    {
                        onInvocation(json.RootElement.GetProperty("target").GetString()!, json.RootElement.GetProperty("arguments")[0].Clone());
                    }
                }
                pending.Clear().Append(text[(last + 1)..]);
            }
        }
        catch (OperationCanceledException)
        {
            // Done listening.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        socket.Dispose();
    }
}
