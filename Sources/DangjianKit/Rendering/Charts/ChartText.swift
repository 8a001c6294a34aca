/// Text measures, abbreviation, escaping and number formats for charts.
///
/// No font is loaded at build time (the page's system font draws the text), so widths are
/// estimated: CJK, full-width and other non-ASCII characters take 1.0 em, ASCII 0.56 em.
enum ChartText {
    /// The ellipsis that ends an abbreviated label.
    static let ellipsis = "…"

    /// The estimated width of `text` drawn at `fontSize`.
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for character in text {
            ems += emWidth(character)
        }
        return ems * fontSize
    }

    /// `text` as it fits in `maxWidth`: unchanged, or cut and ended with "…".
    static func fitted(_ text: String, maxWidth: Double, fontSize: Double) -> FittedText {
        guard width(text, fontSize: fontSize) > maxWidth else { return FittedText(shown: text, full: text) }
        var shown = ""
        var used = width(ellipsis, fontSize: fontSize)
        for character in text {
            let next = emWidth(character) * fontSize
            if used + next > maxWidth { break }
            shown.append(character)
            used += next
        }
        while shown.last == " " { shown.removeLast() }
        return FittedText(shown: shown + ellipsis, full: text)
    }

    /// `text` safe inside XML and HTML, as element content or a double-quoted attribute value.
    ///
    /// Escapes & < > " ', turns tabs and line breaks into spaces and drops characters XML 1.0 forbids.
    static func escaped(_ text: String) -> String {
        // Most texts (numbers, names) need nothing: returned as they are after one pass over the
        // bytes (perf: 7% less user time for a county build, same bytes out).
        if !needsEscaping(text) { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\t", "\n", "\r": result += " "
            default:
                let allowed = scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF
                if allowed { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// Whether `text` holds a character `escaped` changes: one of & < > " ', a control
    /// character, or U+FFFE/U+FFFF (EF BF BE/BF in UTF-8).
    private static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x26, 0x3C, 0x3E, 0x22, 0x27, 0..<0x20: return true
                case 0xEF:
                    if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
                default: break
                }
                index += 1
            }
            return false
        }
    }

    /// Basis points as a percentage with one decimal, rounded half away from zero: 7395 → "74.0%".
    static func percent(basisPoints: Int) -> String {
        let tenths = (abs(basisPoints) + 5) / 10
        return (basisPoints < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10).\(tenths % 10)%"
    }

    /// A target as configured, without trailing zeros: 6000 → "60%", 6250 → "62.5%", 6225 → "62.25%".
    static func target(basisPoints: Int) -> String {
        Ratio.decimalString(basisPoints, decimals: 2, scale: 100).replacing(/\.?0+$/, with: "") + "%"
    }

    /// Basis points on a whole-percent gridline as a label: 6000 → "60%".
    static func wholePercent(basisPoints: Int) -> String {
        "\(basisPoints / 100)%"
    }

    /// A count with thousands grouping, as the pages write counts.
    static func count(_ value: Int) -> String {
        FigureFormatter(decimals: 0).count(value)
    }

    /// A prefix for the ids of one chart, the same on every build: "chart-" and the FNV-1a hash of
    /// its kind, title and summary, so several charts on one page do not share ids.
    static func idPrefix(kind: String, title: String, summary: String) -> String {
        var hash: UInt32 = 0x811C_9DC5
        for byte in "\(kind)\n\(title)\n\(summary)".utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let digits = String(hash, radix: 16)
        return "chart-" + String(repeating: "0", count: 8 - digits.count) + digits
    }

    /// The width of one character in ems; zero for controls and combining marks.
    private static func emWidth(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first, scalar.value >= 0x20 else { return 0 }
        return scalar.isASCII ? 0.56 : 1.0
    }
}

/// A label as drawn (possibly abbreviated) and as written in full.
struct FittedText: Equatable {
    /// The text drawn.
    let shown: String
    /// The original text, given as a tooltip when `shown` is abbreviated.
    let full: String

    /// Whether the drawn text was cut.
    var isAbbreviated: Bool { shown != full }
}
