using Storyline.Text;

namespace Storyline.Entities;

/// <summary>
/// Finds the people, organizations and places a text names, and resolves in-document
/// coreference: "Chrissy Teigen" … "Teigen" … "Chrissy" … "the model". Rules and
/// gazetteers only; built once and safe to share between threads.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly EntityLexicon lexicon;

    /// <summary>Creates a recognizer with the bundled gazetteers.</summary>
    public EntityRecognizer(EntityRecognizerOptions? options = null)
    {
        Options = options ?? EntityRecognizerOptions.Default;
        lexicon = EntityLexicon.Default;
    }

    /// <summary>The settings in use.</summary>
    public EntityRecognizerOptions Options { get; }

    /// <summary>Mentions and entities of one text; never throws on odd input.</summary>
    public DocumentEntities Recognize(string articleId, string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return DocumentEntities.Empty(articleId ?? "");
        // A shouted headline hides its names' capitals; it is read as the rest of the text writes its words.
        return new EntityAnalysis(HeadlineCasing.Restore(text), lexicon, Options).Run(articleId ?? "");
    }
}
