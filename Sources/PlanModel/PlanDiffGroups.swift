/// The groups of one plan (areas, kegiatan, sub kegiatan) numbered flat per level in document order, so
/// `PlanDiff` keeps its tables in arrays indexed by group instead of dictionaries keyed by paths.
///
/// Area `a` is group `a`; kegiatan `k` of area `a` is `kegiatanStart[a] + k`; sub kegiatan `s` of that
/// kegiatan is `subStart[kegiatan] + s`.
struct GroupIndex {
    /// The first flat kegiatan of each area, then the number of kegiatan (one entry more than areas).
    private var kegiatanStart: [Int] = [0]
    /// The first flat sub kegiatan of each flat kegiatan, then the number of sub kegiatan.
    private var subStart: [Int] = [0]
    /// The area of each flat kegiatan, and the flat kegiatan of each flat sub kegiatan.
    private var areaOfKegiatan: [Int] = []
    private var kegiatanOfSub: [Int] = []
    /// The rows of each group, by level: group `g` holds rows `rowStart[g]..<rowStart[g + 1]` (rows are
    /// in document order, so a group's rows are one run).
    private var rowStart: [[Int]] = []

    init(_ plan: Plan) {
        for area in plan.areas {
            for kegiatan in area.kegiatan {
                areaOfKegiatan.append(kegiatanStart.count - 1)
                subStart.append(subStart.last! + kegiatan.subKegiatan.count)
                kegiatanOfSub.append(contentsOf: repeatElement(areaOfKegiatan.count - 1, count: kegiatan.subKegiatan.count))
            }
            kegiatanStart.append(kegiatanStart.last! + area.kegiatan.count)
        }
        for level in DiffLevel.groups {
            var start = [Int](repeating: 0, count: count(level) + 1)
            for i in plan.rows.indices { start[flat(plan.rows[i].position, level) + 1] += 1 }
            for g in start.indices.dropFirst() { start[g] += start[g - 1] }
            rowStart.append(start)
        }
    }

    /// How many groups of `level` the plan has.
    func count(_ level: DiffLevel) -> Int {
        switch level {
        case .area: return kegiatanStart.count - 1
        case .kegiatan: return areaOfKegiatan.count
        default: return kegiatanOfSub.count
        }
    }

    /// The group of `level` a row at `p` is in.
    func flat(_ p: PlanRow.Position, _ level: DiffLevel) -> Int {
        switch level {
        case .area: return p.area
        case .kegiatan: return kegiatanStart[p.area] + p.kegiatan
        default: return subStart[kegiatanStart[p.area] + p.kegiatan] + p.sub
        }
    }

    /// The group one level up holding group `g` of `level` (kegiatan or sub kegiatan).
    func parent(_ g: Int, _ level: DiffLevel) -> Int { level == .kegiatan ? areaOfKegiatan[g] : kegiatanOfSub[g] }

    /// The groups of `level` inside group `p` one level up (for areas: all of them).
    func children(of p: Int, _ level: DiffLevel) -> Range<Int> {
        switch level {
        case .area: return 0..<count(.area)
        case .kegiatan: return kegiatanStart[p]..<kegiatanStart[p + 1]
        default: return subStart[p]..<subStart[p + 1]
        }
    }

    /// Group `g`'s position among its siblings (zero-based).
    func local(_ g: Int, _ level: DiffLevel) -> Int { level == .area ? g : g - children(of: parent(g, level), level).lowerBound }

    /// The rows of group `g` of `level`, as indices into the plan's rows.
    func rows(_ g: Int, _ level: DiffLevel) -> Range<Int> {
        let start = rowStart[level.groupSlot]
        return start[g]..<start[g + 1]
    }

    /// Group `g`'s zero-based path: area, kegiatan (or -1), sub kegiatan (or -1).
    func path(_ g: Int, _ level: DiffLevel) -> (area: Int, kegiatan: Int, sub: Int) {
        switch level {
        case .area: return (g, -1, -1)
        case .kegiatan:
            let a = areaOfKegiatan[g]
            return (a, g - kegiatanStart[a], -1)
        default:
            let k = kegiatanOfSub[g], a = areaOfKegiatan[k]
            return (a, k - kegiatanStart[a], g - subStart[k])
        }
    }

    /// Where group `g` is, as the table writes it: `3` for an area (its NO.), `3.2` for a kegiatan, `3.2.1`.
    func place(_ g: Int, _ level: DiffLevel, in plan: Plan) -> String {
        let p = path(g, level)
        var text = String(plan.areas[p.area].number)
        if p.kegiatan >= 0 { text += "." + String(p.kegiatan + 1) }
        if p.sub >= 0 { text += "." + String(p.sub + 1) }
        return text
    }

    /// Group `g`'s own text: the area's name, the kegiatan's or the sub kegiatan's title.
    func title(_ g: Int, _ level: DiffLevel, in plan: Plan) -> String {
        let p = path(g, level)
        switch level {
        case .area: return plan.areas[p.area].name
        case .kegiatan: return plan.areas[p.area].kegiatan[p.kegiatan].title
        default: return plan.areas[p.area].kegiatan[p.kegiatan].subKegiatan[p.sub].title
        }
    }
}

extension DiffLevel {
    /// The group levels, outermost first.
    static let groups: [DiffLevel] = [.area, .kegiatan, .sub]

    /// This group level's position in `groups`.
    var groupSlot: Int {
        switch self {
        case .area: return 0
        case .kegiatan: return 1
        default: return 2
        }
    }
}
