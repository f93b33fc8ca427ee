/// The classes the parser chooses between: SHIFT, LEFT-ARC(label) and RIGHT-ARC(label) of the arc-hybrid system.
///
/// Class 0 is SHIFT, classes `1...L` are LEFT-ARC with label `class - 1`, classes `L+1...2L` are RIGHT-ARC with
/// label `class - 1 - L`, where `L` is the number of dependency labels. The `root` label is only ever used by the
/// RIGHT-ARC that attaches the last word left on the stack to ROOT; every other arc takes a non-root label.
struct ParserTransitions: Sendable, Equatable {
    /// The kind of a transition, without its label.
    enum Kind: Equatable {
        case shift
        case left
        case right
    }

    /// Number of dependency labels.
    let labelCount: Int
    /// Index of the `root` label.
    let rootLabel: Int
    /// Allowed-class masks, indexed by `maskIndex(shift:left:right:)`.
    let masks: [[Bool]]

    /// Number of classes (`1 + 2 × labelCount`).
    var classCount: Int { 1 + 2 * labelCount }

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
        var masks: [[Bool]] = []
        let classes = 1 + 2 * labelCount
        for index in 0..<12 {
            let shift = index & 1 != 0
            let left = index & 2 != 0
            let right = RightMode(rawValue: index >> 2) ?? .none
            var mask = [Bool](repeating: false, count: classes)
            mask[0] = shift
            for label in 0..<labelCount {
                mask[1 + label] = left && label != rootLabel
                switch right {
                case .none: break
                case .word: mask[1 + labelCount + label] = label != rootLabel
                case .root: mask[1 + labelCount + label] = label == rootLabel
                }
            }
            masks.append(mask)
        }
        self.masks = masks
    }

    /// The index into `masks` for a configuration's legal moves.
    @inline(__always)
    static func maskIndex(shift: Bool, left: Bool, right: RightMode) -> Int {
        (shift ? 1 : 0) | (left ? 2 : 0) | (right.rawValue << 2)
    }

    /// The kind of class `index`.
    @inline(__always)
    func kind(of index: Int) -> Kind {
        index == 0 ? .shift : (index <= labelCount ? .left : .right)
    }

    /// The label of class `index` (-1 for SHIFT).
    @inline(__always)
    func label(of index: Int) -> Int {
        index == 0 ? -1 : (index <= labelCount ? index - 1 : index - 1 - labelCount)
    }

    /// The class of LEFT-ARC with `label`.
    func left(_ label: Int) -> Int { 1 + label }

    /// The class of RIGHT-ARC with `label`.
    func right(_ label: Int) -> Int { 1 + labelCount + label }
}
