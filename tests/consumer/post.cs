// POSTs a JSON body to a URL, retrying while the server starts; prints the response body.
// Usage: dotnet run post.cs -- URL JSON
using System.Text;

using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
for (var attempt = 0; attempt < 100; attempt++)
{
    try
    {
        var response = await http.PostAsync(args[0], new StringContent(args[1], Encoding.UTF8, "application/json"));
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        return response.IsSuccessStatusCode ? 0 : 1;
    }
    catch (HttpRequestException)
    {
        await Task.Delay(200);
    }
}

Console.Error.WriteLine($"no answer from {args[0]}");
return 2;
