/// A guide's "Need help now" section: where to turn when someone is in danger, in
/// crisis, afraid of their ex-partner or worried about their own behavior. It comes
/// from the guide, not from code, so a guide for another language or country carries
/// its own numbers. It is not a step: it has no checklist, no prompts and no notes.
/// The parser builds it (as it does the other parts), so its initializers are internal.
public struct HelpResources: Sendable, Equatable {
    /// The section's id (`help` in the built-in guide), unique among the guide's ids.
    public var id: String
    /// The section's heading, e.g. "Need help now".
    public var title: String
    /// Short, calm paragraphs shown before the groups.
    public var intro: [String] = []
    /// One group per situation, in the guide's order; a valid guide has at least one.
    public var groups: [HelpGroup] = []
}

/// The services for one situation ("If you are in danger now").
public struct HelpGroup: Sendable, Equatable, Identifiable {
    /// "<help id>.<slug>", or the explicit id the guide gives.
    public var id: String
    public var title: String
    /// Paragraphs of the group's own text, shown before its services.
    public var notes: [String] = []
    /// At least one in a valid guide.
    public var services: [HelpService] = []
}

/// One service and the ways to reach it, as the guide words them
/// (`- Samaritans (UK): call 116 123; samaritans.org`).
public struct HelpService: Sendable, Equatable {
    public var name: String
    /// Where it serves ("UK", "US", "International"), when the guide says.
    public var region: String?
    /// How to reach it, each as written: "call 116 123", "text START to 88788", a website.
    public var ways: [String]
}
