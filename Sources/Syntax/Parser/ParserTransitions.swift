/// The decisions the parser makes: a move of the arc-hybrid system (SHIFT, LEFT-ARC, RIGHT-ARC), then, for an
/// arc, its label.
///
/// Moves and labels are scored by two models: the move model has three classes, the label model one class per
/// dependency label and is consulted only when an arc is made. The `root` label is only ever used by the
/// RIGHT-ARC that attaches the last word left on the stack to ROOT; every other arc takes a non-root label.
struct ParserTransitions: Sendable, Equatable {
    /// A move of the arc-hybrid system; the raw value is the move model's class.
    enum Move: Int, Equatable {
        case shift = 0
        case left = 1
        case right = 2
    }

    /// Number of move classes.
    static let moveCount = 3

    /// Number of dependency labels.
    let labelCount: Int
    /// Index of the `root` label.
    let rootLabel: Int
    /// Allowed-move masks, indexed by `maskIndex(shift:left:right:)`.
    let masks: [[Bool]]
    /// The labels an arc onto a word may take: every label but `root`.
    let wordLabels: [Bool]
    /// The labels an arc onto ROOT may take: only `root`.
    let rootLabels: [Bool]

    /// What RIGHT-ARC may do in a configuration.
    enum RightMode: Int {
        /// RIGHT-ARC is not allowed.
        case none = 0
        /// RIGHT-ARC onto a word: any label but `root`.
        case word = 1
        /// RIGHT-ARC onto ROOT: only the `root` label.
        case root = 2
    }

    /// Creates the transition set for `labelCount` labels of which `rootLabel` is `root`.
    init(labelCount: Int, rootLabel: Int) {
        self.labelCount = labelCount
        self.rootLabel = rootLabel
        masks = (0..<12).map { index in
            [index & 1 != 0, index & 2 != 0, RightMode(rawValue: index >> 2).map { $0 != .none } ?? false]
        }
        wordLabels = (0..<labelCount).map { $0 != rootLabel }
        rootLabels = (0..<labelCount).map { $0 == rootLabel }
    }

    /// The index into `masks` for a configuration's legal moves.
    @inline(__always)
    static func maskIndex(shift: Bool, left: Bool, right: RightMode) -> Int {
        (shift ? 1 : 0) | (left ? 2 : 0) | (right.rawValue << 2)
    }

    /// The labels `move` may take in a configuration whose RIGHT-ARC mode is `right`.
    @inline(__always)
    func labels(for move: Move, right: RightMode) -> [Bool] {
        move == .right && right == .root ? rootLabels : wordLabels
    }
}
