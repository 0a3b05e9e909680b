// libFuzzer entry point for the guide parser: any bytes must give a guide or a list
// of problems, never a trap, a hang or a memory error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGuideParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        let guide = try GuideParser(file: "fuzz").parse(bytes)
        precondition(!guide.steps.isEmpty, "a parsed guide always has steps")
    } catch {
        precondition(!error.problems.isEmpty, "a rejected guide always says why")
    }
    return 0
}
