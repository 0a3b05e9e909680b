import Foundation
@testable import RekindleCore

/// A fixed moment, so dates in golden output never depend on when tests run.
let noon = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18 11:06:40 UTC

let sampleGuide: Guide = {
    let source = """
        # Sample {#sample}

        Opening words.

        ## One {#one}
        Guidance one.
        - [ ] First thing {#first}
        - [ ] Second thing {#second}
        ? How was it?

        ## Two {#two}
        Guidance two.
        - [ ] Third thing {#third}

        ---

        ## End {#end}
        Closing words.
        """
    // The source above is fixed; a failure here is a broken test, not a product bug.
    return try! GuideParser(file: "sample.md").parse(Array(source.utf8))
}()

/// Golden text is compared in UTC so it reads the same on every machine.
func useUTC() {
    setenv("TZ", "UTC", 1)
    tzset()
}
