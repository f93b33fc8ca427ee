/// A configuration of the arc-hybrid transition system (Kuhlmann, Gómez-Rodríguez & Satta 2011).
///
/// Word 0 is ROOT and sits at the bottom of the stack; words `1...n` start in the buffer. SHIFT pushes the first
/// buffer word, LEFT-ARC makes the stack top a dependent of the first buffer word and pops it, RIGHT-ARC makes the
/// stack top a dependent of the word below it and pops it. RIGHT-ARC onto ROOT is allowed only when the buffer is
/// empty and the stack is [ROOT, s0], so every finished parse has exactly one root, no cycles and is projective.
///
/// Index `n + 1` is a sentinel meaning "no word"; every per-word table has `n + 2` entries so that feature
/// extraction never branches on absent positions. Tables are reused between sentences (`reset`), so a parse
/// allocates nothing per transition.
struct ArcHybridState {
    /// Number of words, ROOT not counted.
    private(set) var wordCount = 0
    /// The stack, bottom first (`stack[0]` is ROOT).
    private(set) var stack: [Int] = []
    /// The first buffer word; the buffer is empty when it exceeds `wordCount`.
    private(set) var next = 1
    /// Head of each word (-1 until attached).
    private(set) var head: [Int] = []
    /// Label index of each word's arc (-1 until attached).
    private(set) var label: [Int] = []
    /// Leftmost and second leftmost dependents (the sentinel when missing).
    private(set) var leftmost: [Int] = []
    private(set) var secondLeftmost: [Int] = []
    /// Rightmost and second rightmost dependents (the sentinel when missing).
    private(set) var rightmost: [Int] = []
    private(set) var secondRightmost: [Int] = []
    /// Number of left and right dependents.
    private(set) var leftCount: [Int] = []
    private(set) var rightCount: [Int] = []
    /// The labels of the left and right dependents as bit sets (label index modulo 64).
    private(set) var leftLabels: [UInt64] = []
    private(set) var rightLabels: [UInt64] = []
    /// Whether each word is on the stack.
    private(set) var onStack: [Bool] = []

    /// The "no word" sentinel index.
    var none: Int { wordCount + 1 }

    /// Creates an empty state; call `reset(wordCount:)` before use.
    init() {}

    /// Creates the initial configuration for `wordCount` words.
    init(wordCount: Int) { reset(wordCount: wordCount) }

    /// Returns to the initial configuration for a sentence of `wordCount` words, keeping table capacity.
    mutating func reset(wordCount: Int) {
        self.wordCount = wordCount
        let size = wordCount + 2
        let none = wordCount + 1
        stack.removeAll(keepingCapacity: true)
        stack.reserveCapacity(size)
        stack.append(0)
        next = 1
        func fill<T>(_ table: inout [T], _ value: T) {
            table.removeAll(keepingCapacity: true)
            table.append(contentsOf: repeatElement(value, count: size))
        }
        fill(&head, -1)
        fill(&label, -1)
        fill(&leftmost, none)
        fill(&secondLeftmost, none)
        fill(&rightmost, none)
        fill(&secondRightmost, none)
        fill(&leftCount, 0)
        fill(&rightCount, 0)
        fill(&leftLabels, 0)
        fill(&rightLabels, 0)
        fill(&onStack, false)
        onStack[0] = true
    }

    /// Whether the parse is complete: empty buffer, only ROOT on the stack.
    var isTerminal: Bool { next > wordCount && stack.count == 1 }

    /// The `depth`-th word from the stack top (0 = s0), or the sentinel.
    @inline(__always)
    func stackWord(_ depth: Int) -> Int {
        stack.count > depth ? stack[stack.count - 1 - depth] : none
    }

    /// The `offset`-th buffer word (0 = b0), or the sentinel.
    @inline(__always)
    func bufferWord(_ offset: Int) -> Int {
        next + offset <= wordCount ? next + offset : none
    }

    /// Whether SHIFT is legal.
    var canShift: Bool { next <= wordCount }

    /// Whether LEFT-ARC is legal: a word (not ROOT) on top of the stack and a buffer word to attach it to.
    var canLeft: Bool { stack.count >= 2 && next <= wordCount }

    /// What RIGHT-ARC may do here.
    var rightMode: ParserTransitions.RightMode {
        if stack.count >= 3 { return .word }
        if stack.count == 2 && next > wordCount { return .root }
        return .none
    }

    /// The index of the legal-class mask for this configuration.
    var maskIndex: Int { ParserTransitions.maskIndex(shift: canShift, left: canLeft, right: rightMode) }

    /// Applies SHIFT.
    mutating func shift() {
        onStack[next] = true
        stack.append(next)
        next += 1
    }

    /// Applies LEFT-ARC with `label`: s0 becomes a dependent of b0.
    mutating func leftArc(label arcLabel: Int) {
        let dependent = stack.removeLast()
        onStack[dependent] = false
        let governor = next
        head[dependent] = governor
        label[dependent] = arcLabel
        // Left dependents of b0 arrive right to left, so each one is the new leftmost.
        secondLeftmost[governor] = leftmost[governor]
        leftmost[governor] = dependent
        leftCount[governor] += 1
        leftLabels[governor] |= 1 << UInt64(arcLabel & 63)
    }

    /// Applies RIGHT-ARC with `label`: s0 becomes a dependent of s1.
    mutating func rightArc(label arcLabel: Int) {
        let dependent = stack.removeLast()
        onStack[dependent] = false
        let governor = stack[stack.count - 1]
        head[dependent] = governor
        label[dependent] = arcLabel
        // Right dependents of s1 arrive left to right, so each one is the new rightmost.
        secondRightmost[governor] = rightmost[governor]
        rightmost[governor] = dependent
        rightCount[governor] += 1
        rightLabels[governor] |= 1 << UInt64(arcLabel & 63)
    }

    /// Applies `move`; an arc gets `label`.
    mutating func apply(_ move: ParserTransitions.Move, label arcLabel: Int) {
        switch move {
        case .shift: shift()
        case .left: leftArc(label: arcLabel)
        case .right: rightArc(label: arcLabel)
        }
    }
}
