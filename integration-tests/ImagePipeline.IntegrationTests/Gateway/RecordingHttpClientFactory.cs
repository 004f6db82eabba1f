using Amazon.Runtime;

namespace ImagePipeline.IntegrationTests.Gateway;

/// <summary>Lets a test see (and change) the exact requests the real SDK sends, as a network attacker could.</summary>
internal sealed class RecordingHttpClientFactory(Func<HttpRequestMessage, Task>? tamper = null) : HttpClientFactory
{
    public List<(HttpMethod Method, Uri Uri, List<KeyValuePair<string, string>> Headers, byte[] Body)> Sent { get; }
        = [];

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        new(new RecordingHandler(this) { InnerHandler = new HttpClientHandler() });

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;

    private sealed class RecordingHandler(RecordingHttpClientFactory owner) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
        {
            var body = request.Content is null ? [] : await request.Content.ReadAsByteArrayAsync(ct);
            IEnumerable<KeyValuePair<string, IEnumerable<string>>> contentHeaders =
                request.Content is null ? [] : request.Content.Headers;
            var headers = request.Headers.Concat(contentHeaders)
                .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value)))
                .ToList();
            owner.Sent.Add((request.Method, request.RequestUri!, headers, body));
            if (request.Content is not null)
            {
                var copy = new ByteArrayContent(body);
                foreach (var header in request.Content.Headers)
                {
                    copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                request.Content = copy;
            }

            if (owner._tamper is not null)
            {
                await owner._tamper(request);
            }

            return await base.SendAsync(request, ct);
        }
    }

    private readonly Func<HttpRequestMessage, Task>? _tamper = tamper;
}
