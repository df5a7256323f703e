using Classifier;

var builder = WebApplication.CreateBuilder(args);

// One instance of each classifier for the whole app: they are immutable and thread-safe.
builder.Services.AddSingleton(_ => SentimentClassifier.LoadDefault());
builder.Services.AddSingleton(_ => StanceClassifier.LoadDefault());

var app = builder.Build();

app.MapPost("/sentiment", (ScoreRequest request, SentimentClassifier sentiment) =>
    string.IsNullOrWhiteSpace(request.Text)
        ? Results.BadRequest("Post {\"text\": \"...\"} with a sentence.")
        : Results.Ok(sentiment.Predict(request.Text)));

// Without "targets", the stance toward every known country, organisation or policy the text names. A target the
// classifier refuses (null, blank, over 300 characters, with a control character or without a letter or digit) is
// the client's mistake: 400 with the ArgumentException's message, which names it ("targets[1] (0-based) is empty..."),
// not a 500.
app.MapPost("/stance", (ScoreRequest request, StanceClassifier stance) =>
{
    if (string.IsNullOrWhiteSpace(request.Text))
    {
        return Results.BadRequest("Post {\"text\": \"...\"} with a sentence, and optionally \"targets\": [\"...\"] (default: the targets it names).");
    }

    try
    {
        return Results.Ok(stance.PredictTargets(request.Text, request.Targets is { Length: > 0 } targets ? targets : stance.FindTargets(request.Text)));
    }
    catch (ArgumentException e)
    {
        return Results.BadRequest(e.Message);
    }
});

app.Run();

/// <summary>The request body: a sentence, and for stance the targets to score it toward (none: those it names).</summary>
public sealed record ScoreRequest(string Text, string[]? Targets = null);
