// libFuzzer entry point for the session decoder: any bytes must decode or be refused
// with a reason, and what decodes must encode and decode back to the same session.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionDecoder(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do {
        let session = try SessionCodec.decode(bytes)
        let again = try SessionCodec.decode(SessionCodec.encode(session))
        precondition(again == session, "a decoded session survives a round trip")
    } catch {
        precondition(!error.description.isEmpty, "a refused session always says why")
    }
    return 0
}
