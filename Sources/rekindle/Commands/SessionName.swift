import ArgumentParser

/// The optional session-name argument shared by the commands that act on one session.
struct SessionName: ParsableArguments {
    @Argument(help: "The session (default: 'default').")
    var name: String = "default"
}
