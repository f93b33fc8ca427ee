/// The dynamic oracle of the arc-hybrid system (Goldberg & Nivre 2013): the cost of a transition is the number of
/// gold arcs that become unreachable by taking it.
///
/// For a configuration with stack σ|s1|s0 and buffer b0|β:
/// - LEFT-ARC loses s0's gold head if it is s1 or in β, and s0's gold dependents in b0|β;
/// - RIGHT-ARC loses s0's gold head if it is in b0|β, and s0's gold dependents in b0|β;
/// - SHIFT loses b0's gold head if it is in σ|s1 (anywhere on the stack but s0), and b0's gold dependents on the
///   stack.
/// A labelled arc whose head is right but whose label is wrong costs one more. ROOT is word 0 at the bottom of
/// the stack, so a gold root below s1 is simply an arc already lost. Costs are exact for projective gold trees
/// and an approximation for non-projective ones; training follows the cheapest transitions either way.
struct ArcHybridOracle {
    /// Gold head of each word (index 0, ROOT, and the sentinel hold -1).
    private(set) var goldHead: [Int] = []
    /// Gold label index of each word (-1 when the label is unknown).
    private(set) var goldLabel: [Int] = []
    private var childStart: [Int] = []
    private var children: [Int] = []

    /// Creates an empty oracle; call `load(heads:labels:)` before use.
    init() {}

    /// Creates the oracle for a gold tree (see `load`).
    init(heads: [Int], labels: [Int]) { load(heads: heads, labels: labels) }

    /// Loads a gold tree: `heads[i]` and `labels[i]` are the head (0 = ROOT) and label index of word `i + 1`.
    /// Heads out of range are treated as unreachable.
    mutating func load(heads: [Int], labels: [Int]) {
        let count = heads.count
        goldHead = [-1] + heads.map { $0 >= 0 && $0 <= count ? $0 : -1 } + [-1]
        goldLabel = [-1] + labels + [-1]
        var counts = [Int](repeating: 0, count: count + 2)
        for head in goldHead where head >= 0 { counts[head] += 1 }
        childStart = [Int](repeating: 0, count: count + 3)
        for index in 0..<(count + 2) { childStart[index + 1] = childStart[index] + counts[index] }
        children = [Int](repeating: 0, count: childStart[count + 2])
        var fill = Array(childStart.dropLast())
        for (dependent, head) in goldHead.enumerated() where head >= 0 {
            children[fill[head]] = dependent
            fill[head] += 1
        }
    }

    /// Number of gold dependents of `word` at or after buffer position `next`.
    private func dependentsInBuffer(of word: Int, from next: Int) -> Int {
        guard word < goldHead.count else { return 0 }
        var found = 0
        for index in childStart[word]..<childStart[word + 1] where children[index] >= next { found += 1 }
        return found
    }

    /// Number of gold dependents of `word` on the stack.
    private func dependentsOnStack(of word: Int, _ state: ArcHybridState) -> Int {
        guard word < goldHead.count else { return 0 }
        var found = 0
        for index in childStart[word]..<childStart[word + 1] where state.onStack[children[index]] { found += 1 }
        return found
    }

    /// The costs of SHIFT, LEFT-ARC and RIGHT-ARC in `state`, each with the label that avoids the label penalty
    /// (-1 when every label costs the same). Costs of illegal transitions are meaningless.
    func costs(_ state: ArcHybridState) -> (shift: Int, left: Int, leftLabel: Int, right: Int, rightLabel: Int) {
        let s0 = state.stackWord(0), s1 = state.stackWord(1), b0 = state.bufferWord(0)
        let next = state.next
        var shift = 0
        if state.canShift {
            let head = goldHead[b0]
            if head >= 0 && state.onStack[head] && head != s0 { shift += 1 }
            shift += dependentsOnStack(of: b0, state)
        }
        var left = 0, right = 0, leftLabel = -1, rightLabel = -1
        if state.stack.count >= 2 {
            let head = goldHead[s0]
            let lostDependents = dependentsInBuffer(of: s0, from: next)
            left = lostDependents
            right = lostDependents
            if head == s1 || (head > next && head <= state.wordCount) { left += 1 }
            if head >= next && head <= state.wordCount { right += 1 }
            if head == b0 { leftLabel = goldLabel[s0] }
            if head == s1 { rightLabel = goldLabel[s0] }
        }
        return (shift, left, leftLabel, right, rightLabel)
    }
}
