import RekindleCore

/// The check-in on the welcome-back screen, one keypress a question: how the person
/// feels (1–5), how strong the urge to contact them is (0–10), then a word if they like.
struct CheckInForm: Equatable, Sendable {
    enum Stage: Equatable, Sendable { case mood, urge, word, done }

    var stage = Stage.mood
    var mood: Int?
    var urge: Int?
    var word = ""

    /// What a key answers at this stage: digits; `+` is 10 on the urge's 0–10 scale.
    func answer(_ key: Key) -> Int? {
        guard case .character(let character) = key else { return nil }
        let value = character == "+" ? 10 : character.wholeNumberValue
        guard let value else { return nil }
        switch stage {
        case .mood: return CheckIn.moods.contains(value) ? value : nil
        case .urge: return character == "+" || (0...9).contains(value) ? value : nil
        case .word, .done: return nil
        }
    }

    /// The words for each mood, as the screen names them.
    /// The word for a mood from 1 to 5: "very low" to "very good".
    static func moodWord(_ mood: Int) -> String {
        switch mood {
        case 1: L("mood.1")
        case 2: L("mood.2")
        case 3: L("mood.3")
        case 4: L("mood.4")
        default: L("mood.5")
        }
    }
}

extension AppState {
    /// Whether the welcome-back screen asks the check-in now: at most once in
    /// `CheckIn.interval`, and never on a first run (the safety check asks enough).
    var offersCheckIn: Bool {
        isReturning && checkIn.stage != .done && (checkIn.stage != .mood || session.shouldOfferCheckIn(at: lastEventAt))
    }

    /// A key on the welcome-back screen while the check-in is asked; nil for keys it
    /// leaves to the welcome (Enter continues, and keeps what was answered).
    mutating func handleCheckInKey(_ key: Key, now: Date) -> [Effect]? {
        switch checkIn.stage {
        case .mood, .urge:
            // Esc passes over the check-in (it does not quit from here).
            if key == .escape { return finishCheckIn(now: now) }
            guard let value = checkIn.answer(key) else { return nil }
            if checkIn.stage == .mood {
                checkIn.mood = value
                checkIn.stage = .urge
            } else {
                checkIn.urge = value
                checkIn.stage = .word
            }
            return []
        case .word:
            switch key {
            case .character(let character) where checkIn.word.count < 200: checkIn.word.append(character)
            case .character: break
            case .backspace: _ = checkIn.word.popLast()
            case .enter, KeyMap.back: return finishCheckIn(now: now)
            default: return nil
            }
            return []
        case .done:
            return nil
        }
    }

    /// Keeps what was answered (or only that it was offered), so it is not asked again
    /// soon, and saves it.
    mutating func finishCheckIn(now: Date) -> [Effect] {
        guard recordCheckIn(now: now) else { return [] }
        return prepareSave(now: now)
    }

    /// Puts the check-in into the session (once); false when there is none to record.
    /// Leaving half-way (quitting at the word) keeps what was answered.
    @discardableResult
    mutating func recordCheckIn(now: Date) -> Bool {
        guard offersCheckIn else { return false }
        let word = String(checkIn.word.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
        session.record(CheckIn(at: now, mood: checkIn.mood, urge: checkIn.urge, word: word))
        checkIn.stage = .done
        return true
    }

    /// Whether the answers say tonight is very hard: then help is named with the thanks.
    var checkInIsHard: Bool { checkIn.mood == 1 || (checkIn.urge ?? 0) >= 9 }
}
