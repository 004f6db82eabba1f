using System.Diagnostics.CodeAnalysis;

namespace ImagePipeline.Function.Events;

/// <summary>Puts S3 event sequencers in a form where plain string comparison gives S3's event order.</summary>
/// <remarks>
/// S3's rule: sequencers of the same key are hexadecimal strings of varying length; right-pad the shorter with
/// zeros and compare lexicographically. Storing every sequencer upper-cased and right-padded to
/// <see cref="Width"/> lets a DynamoDB condition (<c>Sequencer &lt; :seq</c>) apply that rule directly.
/// </remarks>
public static class EventSequencer
{
    /// <summary>The fixed width of a normalised sequencer; longer sequencers are refused.</summary>
    public const int Width = 64;

    /// <summary>Normalises a sequencer, or says why it cannot be used to order events.</summary>
    public static bool TryNormalize(
        string? sequencer,
        [NotNullWhen(true)] out string? normalized,
        [NotNullWhen(false)] out string? error)
    {
        normalized = null;
        if (string.IsNullOrEmpty(sequencer))
        {
            error = "The event has no sequencer, so it cannot be ordered against other events on the same key.";
            return false;
        }

        if (sequencer.Length > Width)
        {
            error = $"Sequencer '{sequencer[..16]}...' is {sequencer.Length} characters; the limit is {Width}.";
            return false;
        }

        if (!sequencer.All(char.IsAsciiHexDigit))
        {
            error = $"Sequencer '{sequencer}' is not hexadecimal.";
            return false;
        }

        error = null;
        normalized = sequencer.ToUpperInvariant().PadRight(Width, '0');
        return true;
    }
}
