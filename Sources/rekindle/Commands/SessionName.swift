import ArgumentParser

/// The optional session-name argument shared by the commands that act on one session.
struct SessionName: ParsableArguments {
    @Argument(help: "The session; a name that starts with '-' goes after '--' (rekindle review -- -x).")
    var name: String = "default"
}
