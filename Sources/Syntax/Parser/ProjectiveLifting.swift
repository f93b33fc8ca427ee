/// Makes a gold tree projective by lifting its crossing arcs (Nivre & Nilsson 2005, without label encoding), so
/// that the arc-hybrid oracle, exact only for projective trees, is exact for every training sentence.
///
/// While some arc h → d spans a word that h does not dominate, the shortest such arc is replaced by an arc from
/// h's own head to d. Labels are kept; the parser never sees the lifts, it simply learns the nearest projective
/// attachment, which is what it can build.
enum ProjectiveLifting {
    /// The heads of a projective tree close to `heads`, where `heads[i]` is the head of word `i + 1` (0 = ROOT,
    /// -1 = unknown). Unknown heads stay unknown and arcs from ROOT are never lifted.
    /// - Complexity: O(n³) in the worst case for n words; real sentences have few crossing arcs.
    static func lifted(_ heads: [Int]) -> [Int] {
        var heads = heads
        let count = heads.count
        func head(of word: Int) -> Int { word >= 1 && word <= count ? heads[word - 1] : -1 }
        func dominates(_ ancestor: Int, _ word: Int) -> Bool {
            var current = word, steps = 0
            while current > 0 && steps <= count {
                if current == ancestor { return true }
                current = head(of: current)
                steps += 1
            }
            return current == ancestor
        }
        func crosses(_ dependent: Int) -> Bool {
            let governor = head(of: dependent)
            guard governor > 0 else { return false }
            for between in (min(governor, dependent) + 1)..<max(governor, dependent) where !dominates(governor, between) {
                return true
            }
            return false
        }
        for _ in 0..<(count * count + 1) {
            var shortest = -1, shortestLength = Int.max
            for dependent in 1...max(count, 1) where count > 0 && crosses(dependent) {
                let length = abs(head(of: dependent) - dependent)
                if length < shortestLength {
                    shortest = dependent
                    shortestLength = length
                }
            }
            guard shortest > 0 else { break }
            let grandparent = head(of: head(of: shortest))
            guard grandparent >= 0 else { break }
            heads[shortest - 1] = grandparent
        }
        return heads
    }
}
