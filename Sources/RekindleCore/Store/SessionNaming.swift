/// Session names are file names (`NAME.json` in the sessions folder), kept as typed so
/// `Après l'été` lists and reopens as itself. What could not be a safe file name, or
/// would hide in a listing, is refused: anything but letters (with their accents),
/// digits, spaces, apostrophes, '-', '_' and '.'; a '.' first (hidden files, `..`);
/// spaces at either end; more than 100 bytes.
enum SessionNaming {
    static let maximumBytes = 100

    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, let last = name.unicodeScalars.last,
              first != ".", first != " ", last != " ", name.utf8.count <= maximumBytes else { return false }
        return name.unicodeScalars.allSatisfy(isAllowed)
    }

    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .decimalNumber:
            return true
        default:
            return " '\u{2019}-_.".unicodeScalars.contains(scalar)
        }
    }
}
