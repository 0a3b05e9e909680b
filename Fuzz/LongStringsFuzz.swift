// libFuzzer entry point for reading a session with a long note in pieces: the input is
// a note's contents as written in the file (escapes and all), set in a session long
// enough to be read that way. Whatever the streaming reading makes of it must be what
// decoding the whole file makes of it; where it steps aside, the whole reading decides.
import Glibc

private let path = "/tmp/rekindle-fuzz-long-\(getpid()).json"
private let filler = Array(String(repeating: "Plenty of words for a long note. ", count: LongStrings.threshold / 30).utf8)
private let head = Array(#"{"version": 2, "session": {"name": "long", "guideID": "sample", "guideHash": "h", "startedAt": "2026-11-18T11:06:40Z", "lastUsedAt": "2026-11-18T11:06:40Z", "position": {"partID": "one", "pane": "notes", "scroll": 0, "checklistCursor": 0, "noteCursor": 0}, "checks": {}, "notes": {"one": {"editedAt": "2026-11-18T11:06:40Z", "partTitle": "One", "text": ""#.utf8)
private let tail = Array(#""}}}}"#.utf8)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLongStrings(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let note = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let bytes = head + filler + note + filler + tail
    try! POSIX.writePrivateFile(bytes, to: path)
    let streamed = (try! LongStrings.read(path)).flatMap(SessionCodec.decode)
    switch Result(catching: { () throws(SessionCodec.Failure) in try SessionCodec.decode(bytes) }) {
    case .success(let whole):
        if let streamed { precondition(streamed == whole, "the streaming reading gives the whole reading's session") }
    case .failure:
        precondition(streamed == nil, "the streaming reading never accepts what the whole reading refuses")
    }
    return 0
}
