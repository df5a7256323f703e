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

app.MapPost("/stance", (ScoreRequest request, StanceClassifier stance) =>
    string.IsNullOrWhiteSpace(request.Text) || request.Targets is not { Length: > 0 }
        ? Results.BadRequest("Post {\"text\": \"...\", \"targets\": [\"...\"]}.")
        : Results.Ok(stance.PredictTargets(request.Text, request.Targets)));

app.Run();

/// <summary>The request body: a sentence, and for stance the targets to score it toward.</summary>
public sealed record ScoreRequest(string Text, string[]? Targets = null);
