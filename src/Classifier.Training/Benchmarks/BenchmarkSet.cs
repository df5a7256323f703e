namespace Classifier.Training.Benchmarks;

/// <summary>One public benchmark: where its files are, how it is scored, and what to compare with.</summary>
/// <param name="Key">Short name; also the name of its tuned config, <c>bench/configs/KEY.json</c>.</param>
/// <param name="Title">The row title in the report.</param>
/// <param name="Metric"><c>accuracy</c>, <c>macroF1</c> or <c>favg</c>.</param>
/// <param name="Train">Training files, relative to the datasets folder.</param>
/// <param name="Test">Test file, or null for k-fold cross-validation of <paramref name="Train"/>.</param>
/// <param name="SklearnLine">The line label of the scikit-learn anchor script's output for this set, if it runs it.</param>
/// <param name="Anchors">Published figures, from anchors.md.</param>
/// <param name="Bar">The score this project promises to reach, if any.</param>
internal sealed record BenchmarkSet(string Key, string Title, ClassifierTask Task, string Metric, string[] Train, string? Test,
    string? SklearnLine, string Anchors, double? Bar)
{
    public const int Folds = 10;

    /// <summary>The sets of ../shared/datasets, in report order.</summary>
    public static IReadOnlyList<BenchmarkSet> All { get; } =
    [
        new("sst2", "SST-2 test accuracy", ClassifierTask.Sentiment, "accuracy", ["sst2/train.tsv"], "sst2/test.tsv",
            "sst2 svm", "NB 81.8, SVM 79.4, BiNB 83.1 (Socher et al. 2013); BERT-base ~92.3", 0.85),
        // No bench/configs file on purpose: what `train` does without --config (the Foundation issue's bar, 0.83).
        new("sst2-default", "SST-2 test accuracy, default settings (no --config)", ClassifierTask.Sentiment, "accuracy", ["sst2/train.tsv"], "sst2/test.tsv",
            "sst2 svm", "scikit-learn TF-IDF + LinearSVC 0.829 (measured)", 0.83),
        new("sst3", "SST-3 test macro-F1 (sst5 folded to 3 labels)", ClassifierTask.Sentiment, "macroF1", ["sst5/train.tsv"], "sst5/test.tsv",
            "sst5 svm", "", 0.56),
        new("fpb50", "Financial PhraseBank 50agree, 10-fold macro-F1", ClassifierTask.Sentiment, "macroF1", ["financial-phrasebank/sentences_50agree.tsv"], null,
            "fpb-50agree 10-fold svm", "LPS 0.71, FinBERT 0.84 (Araci 2019)", 0.77),
        new("fpball", "Financial PhraseBank allagree, 10-fold macro-F1", ClassifierTask.Sentiment, "macroF1", ["financial-phrasebank/sentences_allagree.tsv"], null,
            "fpb-allagree 10-fold svm", "FinBERT 0.95 (Araci 2019)", 0.88),
        new("rt", "rt-polarity (MR), 10-fold accuracy", ClassifierTask.Sentiment, "accuracy", ["rt-polarity/all.tsv"], null,
            "rt-polarity 10-fold svm", "NBSVM 79.4, CNN 81.5 (Kim 2014)", 0.80),
        new("se17", "SemEval-2017 T4A test macro-F1", ClassifierTask.Sentiment, "macroF1", ["semeval2017-task4a/train.tsv"], "semeval2017-task4a/test.tsv",
            "semeval2017-4a svm", "SVM 62.9, RoBERTa-base 71.3 (macro-recall, TweetEval)", 0.61),
        new("se16", "SemEval-2016 T6 test F_avg (one model, all targets)", ClassifierTask.Stance, "favg", ["semeval2016-task6/train.tsv", "semeval2016-task6/dev.tsv"],
            "semeval2016-task6/test.tsv", "semeval2016 per-target svm", "SVM-ngrams 68.98, MITRE 67.82 (Mohammad et al. 2016); BERTweet 71.2", 0.70),
        new("trump", "SemEval-2016 task B, Donald Trump (target unseen in training), F_avg", ClassifierTask.Stance, "favg",
            ["semeval2016-task6/train.tsv", "semeval2016-task6/dev.tsv"], "semeval2016-task6/test_taskB_trump.tsv", null, "", null),
        new("pstance", "P-Stance test macro-F1", ClassifierTask.Stance, "macroF1", ["pstance/train.tsv"], "pstance/test.tsv",
            "pstance (all targets, text only) svm", "BERTweet 80.53 (Li et al. 2021)", null),
        new("emergent", "Emergent (headline toward claim) test macro-F1", ClassifierTask.Stance, "macroF1", ["emergent/train.tsv"], "emergent/test.tsv",
            "emergent (headline only) svm", "", null),
        new("ibm", "IBM claim stance (test topics unseen) macro-F1", ClassifierTask.Stance, "macroF1", ["ibm-claim-stance/train.tsv"], "ibm-claim-stance/test.tsv",
            "ibm-claim-stance svm", "", null),
        new("mpqa", "MPQA opinion phrases, 10-fold accuracy", ClassifierTask.Sentiment, "accuracy", ["mpqa-polarity/all.tsv"], null,
            "mpqa-polarity 10-fold svm", "", null),
    ];
}
