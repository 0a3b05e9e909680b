/// The trend as a small block of text: a row for the mood and one for the urge, each
/// on its own fixed scale, and the days they cover.
///
///     Mood  ▂▃▅·▆▆  (1–5)
///     Urge  ▇▆▅·▃▂  (0–10)
///           Wed 18 Nov – Mon 23 Nov (6 days; · is a day without a check-in)
public enum TrendChart {
    /// How many days a chart shows unless told otherwise: a month.
    public static let defaultDays = 30

    /// The most days, up to `defaultDays`, whose chart fits `width` columns: "Mood  "
    /// before the bars and "  (0–10)" after them take 14.
    public static func days(fitting width: Int) -> Int { max(1, min(defaultDays, width - 14)) }

    /// What stands in for the chart before the first check-in.
    public static var noCheckIns: String { L("trend.none") }

    /// The chart's lines: its rows, then the days they cover under the bars.
    public static func lines(_ trend: Trend?, days: Int, glyphs: Sparkline.Glyphs, day: (Int) -> String) -> [String] {
        let chart = parts(trend, days: days, glyphs: glyphs, day: day)
        return chart.rows + (chart.days.map { ["      " + $0] } ?? [])
    }

    /// The last `days` days of `trend` at most: a row a figure ("Mood  ▂▃▅·▆▆  (1–5)";
    /// one nobody answered is left out) and the days they cover, each written by `day`
    /// (from its day number); with nothing to draw, a line that says so and no days.
    public static func parts(_ trend: Trend?, days: Int, glyphs: Sparkline.Glyphs, day: (Int) -> String) -> (rows: [String], days: String?) {
        guard let trend = trend?.suffix(days) else { return ([noCheckIns], nil) }
        // The names padded alike, so the two rows' bars start in the same column.
        let (mood, urge) = (L("trend.mood"), L("trend.urge"))
        let padded = { (name: String) in name + String(repeating: " ", count: max(mood.count, urge.count) - name.count) }
        let rows = [(padded(mood), trend.mood, CheckIn.moods), (padded(urge), trend.urge, CheckIn.urges)].filter { row in
            row.1.contains { $0 != nil }
        }
        guard !rows.isEmpty else { return ([trend.mood.count == 1 ? L("trend.noneLastDay") : L("trend.noneLastDays", trend.mood.count)], nil) }
        var span = day(trend.firstDay)
        if trend.mood.count > 1 {
            let gaps = rows.contains { $0.1.contains(nil) }
            let legend = gaps ? L("trend.gap", glyphs.gap == " " ? L("trend.blank") : String(glyphs.gap)) : ""
            span += " \(glyphs.dash) \(day(trend.lastDay)) (" + L("days.count", trend.mood.count) + legend + ")"
        }
        return (rows.map { name, values, scale in
            "\(name)  \(Sparkline.row(values, scale: scale, glyphs: glyphs))  (\(scale.lowerBound)\(glyphs.dash)\(scale.upperBound))"
        }, span)
    }
}
