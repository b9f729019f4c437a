using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GraphExplorer.Neo4j.Tests.Infrastructure;

/// <summary>A TCP server on 127.0.0.1 that misbehaves: never answers, or closes the connection mid-response.</summary>
public sealed class FaultServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _connections;

    private FaultServer(Fault fault)
    {
        _listener.Start();
        _loop = Task.Run(() => AcceptAsync(fault));
    }

    public enum Fault
    {
        /// <summary>Reads the request and never answers.</summary>
        Silent,

        /// <summary>Sends the headers and part of the body promised by Content-Length, then closes.</summary>
        CloseMidResponse,
    }

    /// <summary>The server's address.</summary>
    public Uri Address => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>How many connections (requests) reached the server.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public static FaultServer Start(Fault fault) => new(fault);

    /// <summary>A port on 127.0.0.1 where nothing listens.</summary>
    public static Uri ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
        catch (ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync(Fault fault)
    {
        while (!_stop.IsCancellationRequested)
        {
            var socket = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _connections);
            _ = Task.Run(() => ServeAsync(socket, fault));
        }
    }

    private async Task ServeAsync(TcpClient socket, Fault fault)
    {
        using (socket)
        {
            var stream = socket.GetStream();
            var buffer = new byte[64 * 1024];
            try
            {
                _ = await stream.ReadAsync(buffer, _stop.Token);
                if (fault == Fault.Silent)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                    return;
                }

                var head = "HTTP/1.1 202 Accepted\r\nContent-Type: application/vnd.neo4j.query\r\nContent-Length: 500\r\n\r\n";
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head + "{\"data\":{\"fields\":[\"n\"],\"values\":[[{\"$type\":\"Integer\","), _stop.Token);
                await stream.FlushAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
            catch (IOException)
            {
            }
        }
    }
}
