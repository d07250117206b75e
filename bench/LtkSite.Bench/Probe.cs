using System.Net;
using System.Net.Sockets;

namespace LtkSite.Bench;

/// <summary>Small helpers for run.sh: free ports on the loopback and waiting for a server to answer.</summary>
public static class Probe
{
    public static async Task<bool> IsUpAsync(HttpClient client, Uri url)
    {
        try
        {
            using var response = await client.GetAsync(url);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Prints <paramref name="count"/> distinct free ports; all are held until all are chosen.</summary>
    public static int FreePorts(int count)
    {
        var listeners = new List<TcpListener>();
        try
        {
            for (var i = 0; i < count; i++)
            {
                var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                listeners.Add(listener);
                Console.WriteLine(((IPEndPoint)listener.LocalEndpoint).Port);
            }
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }

        return 0;
    }

    public static async Task<int> WaitAsync(Uri url, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (await IsUpAsync(client, url))
            {
                return 0;
            }

            await Task.Delay(50);
        }

        await Console.Error.WriteLineAsync($"{url} did not answer 200 within {timeout.TotalSeconds} s.");
        return 1;
    }
}
