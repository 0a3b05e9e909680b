import Foundation
import Testing
import TestSupport

/// `/` in the real binary at 80x24: typed without accents, found with them, the
/// match drawn underlined, and Enter goes to it.
@Suite(.serialized) struct SearchEndToEndTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    @Test func anAccentFreeSearchFindsAndHighlightsTheAccentedNote() throws {
        let tmux = try TmuxSession.writingInTheOpening(Repository.binary, environment: rekindle.terminalEnvironment)
        try tmux.type("Dear Zoë, je t'écoute.")
        try tmux.send("Escape")
        try tmux.waitUntil("writing ended") { !$0.contains("Esc done") }
        try tmux.send("/")
        try tmux.waitFor("Type words to find")
        try tmux.typeLine("zoe")
        try tmux.waitFor("1 match")
        try tmux.waitFor("Opening · Dear Zoë, je t'écoute.")
        // The match alone is underlined: SGR 4 switched on just before it and off after.
        let coloured = try tmux.tmux(["capture-pane", "-p", "-e", "-t", "main"])
        let row = try #require(coloured.split(separator: "\n").first { $0.contains("Dear") })
        let before = try #require(row.firstRange(of: "Dear ")).upperBound
        let match = try #require(row[before...].firstRange(of: "Zoë"))
        #expect(row[before..<match.lowerBound].contains("4"), "\(row.debugDescription)")
        #expect(!row[row.startIndex..<before].contains(";4m") && !row[row.startIndex..<before].contains("[4m"), "\(row.debugDescription)")
        // The page shows the note from the match's line, focus on the notes.
        try tmux.send("Enter")
        try tmux.waitUntil("the search closed") { !$0.contains("1 match") }
        try tmux.waitFor("e write")
        try tmux.waitFor("Dear Zoë, je t'écoute.")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
