using ImagePipeline.Policies.Templates;

namespace ImagePipeline.LocalCloud.Notifications;

/// <summary>Decides whether a bucket notification fires for an object-created event, as S3 does.</summary>
public static class NotificationFilter
{
    private const string EventPrefix = "s3:";

    /// <summary>Whether the notification's event pattern, prefix and suffix all match the event.</summary>
    /// <param name="notification">The notification, as the template configures it.</param>
    /// <param name="eventName">The event name without <c>s3:</c>, such as <c>ObjectCreated:Put</c>.</param>
    /// <param name="key">The decoded object key.</param>
    public static bool Matches(BucketNotification notification, string eventName, string key) =>
        EventMatches(notification.Event, eventName)
        && (notification.Prefix is not { Length: > 0 } prefix || key.StartsWith(prefix, StringComparison.Ordinal))
        && (notification.Suffix is not { Length: > 0 } suffix || key.EndsWith(suffix, StringComparison.Ordinal));

    /// <summary>Whether an event pattern such as <c>s3:ObjectCreated:*</c> covers an event name.</summary>
    public static bool EventMatches(string pattern, string eventName)
    {
        var name = EventPrefix + eventName;
        return pattern.EndsWith(":*", StringComparison.Ordinal)
            ? name.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, name, StringComparison.Ordinal);
    }
}
