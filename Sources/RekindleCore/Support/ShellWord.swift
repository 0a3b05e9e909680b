/// A word as a shell reads it back: "default" as is, "Après l'été" in double quotes
/// (session names hold letters, digits, spaces, apostrophes, '-', '_' and '.' only).
public enum ShellWord {
    public static func quoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_.".unicodeScalars.contains($0) }
        return plain ? word : "\"" + word + "\""
    }
}
