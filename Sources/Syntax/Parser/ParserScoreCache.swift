/// The move scores of the parser's word-bound template groups (`ParserFeatures.Group`) for one sentence, kept by
/// the word they depend on, so that a group is looked up once per word instead of once per transition.
///
/// The `stack` group is kept by s0, the `buffer` group by b0, the `bufferDependents` group by b0 together with its
/// number of left dependents (which only grows while the word is b0), and the `stackRight` group by s0 together
/// with its number of right dependents (which only grows while the word is s1). Sums of integer weights do not
/// depend on their order, so reused sums give exactly the scores the features would.
struct ParserScoreCache {
    /// What is kept for one word.
    private struct Entry {
        var stack = MoveScores()
        var buffer = MoveScores()
        var dependents = MoveScores()
        var stackRight = MoveScores()
        var stackKnown = false
        var bufferKnown = false
        /// The left-dependent count `dependents` holds plus 1; 0 when nothing is kept.
        var dependentsStamp = 0
        /// The right-dependent count `stackRight` holds plus 1; 0 when nothing is kept.
        var stackRightStamp = 0
    }

    private var entries: [Entry]

    /// An empty cache for a sentence whose state tables have `size` entries (words, ROOT and the sentinel).
    init(size: Int) {
        entries = Array(repeating: Entry(), count: size)
    }

    /// The kept scores of `group` in the configuration `state` (whose words are `positions`), if any; `changing`
    /// is never kept.
    @inline(__always)
    func scores(
        of group: ParserFeatures.Group, _ positions: ParserFeatures.Positions, _ state: ArcHybridState
    ) -> MoveScores? {
        switch group {
        case .changing: return nil
        case .stack:
            let entry = entries[positions.s0]
            return entry.stackKnown ? entry.stack : nil
        case .buffer:
            let entry = entries[positions.b0]
            return entry.bufferKnown ? entry.buffer : nil
        case .bufferDependents:
            let entry = entries[positions.b0]
            return entry.dependentsStamp == state.leftCount[positions.b0] + 1 ? entry.dependents : nil
        case .stackRight:
            let entry = entries[positions.s0]
            return entry.stackRightStamp == state.rightCount[positions.s0] + 1 ? entry.stackRight : nil
        }
    }

    /// Keeps `scores` as those of `group` in the configuration `state` (whose words are `positions`).
    @inline(__always)
    mutating func keep(
        _ scores: MoveScores, of group: ParserFeatures.Group, _ positions: ParserFeatures.Positions,
        _ state: ArcHybridState
    ) {
        switch group {
        case .changing:
            break
        case .stack:
            entries[positions.s0].stack = scores
            entries[positions.s0].stackKnown = true
        case .buffer:
            entries[positions.b0].buffer = scores
            entries[positions.b0].bufferKnown = true
        case .bufferDependents:
            entries[positions.b0].dependents = scores
            entries[positions.b0].dependentsStamp = state.leftCount[positions.b0] + 1
        case .stackRight:
            entries[positions.s0].stackRight = scores
            entries[positions.s0].stackRightStamp = state.rightCount[positions.s0] + 1
        }
    }
}
