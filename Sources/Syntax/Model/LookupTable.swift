#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A read-only table of plain values in memory of its own, laid out for random look-ups.
///
/// The scorers probe tables of several megabytes at random, one cache miss per feature. On 4 KiB pages nearly
/// every such probe also misses the TLB and walks the page tables, a second chain of memory reads. A table of at
/// least `hugePageSize` bytes is therefore aligned to 2 MiB and, on Linux, offered to the kernel's transparent
/// huge pages (`madvise(MADV_HUGEPAGE)`) before it is first written, so that a handful of TLB entries cover it.
/// The contents are exactly what the builder wrote; only where they live changes. Where huge pages are not
/// available the table is ordinary memory.
final class LookupTable<Element: BitwiseCopyable>: @unchecked Sendable {
    /// The first element; `count` elements follow. Never written after `init`.
    let base: UnsafePointer<Element>
    /// Number of elements.
    let count: Int
    /// The anonymous mapping `base` lies in (released with `munmap`), or `nil` when `base` came from `allocate`.
    private let mapping: (start: UnsafeMutableRawPointer, length: Int)?

    /// Size of a huge page on x86-64 and arm64 Linux; smaller tables are allocated normally.
    static var hugePageSize: Int { 2 << 20 }

    /// A table of `count` elements, each first `value`, that `build` then fills in place.
    init(repeating value: Element, count: Int, build: (UnsafeMutableBufferPointer<Element>) -> Void = { _ in }) {
        let (memory, mapping) = Self.allocate(count)
        memory.initialize(repeating: value, count: count)
        build(UnsafeMutableBufferPointer(start: memory, count: count))
        self.base = UnsafePointer(memory)
        self.count = count
        self.mapping = mapping
    }

    /// A copy of `elements`.
    init(_ elements: [Element]) {
        let count = elements.count
        let (memory, mapping) = Self.allocate(count)
        elements.withUnsafeBufferPointer { source in
            if let source = source.baseAddress { memory.initialize(from: source, count: count) }
        }
        self.base = UnsafePointer(memory)
        self.count = count
        self.mapping = mapping
    }

    deinit {
        if let mapping {
            #if os(Linux)
            munmap(mapping.start, mapping.length)
            #endif
        } else {
            UnsafeMutableRawPointer(mutating: base).deallocate()
        }
    }

    /// Uninitialised memory for `count` elements. On Linux a large table gets a fresh anonymous mapping, 2 MiB
    /// aligned and advised onto huge pages before anything touches it (memory from `malloc` may already sit on
    /// small pages); otherwise, or when that fails, memory from `allocate`.
    private static func allocate(_ count: Int) -> (
        UnsafeMutablePointer<Element>, mapping: (start: UnsafeMutableRawPointer, length: Int)?
    ) {
        let bytes = max(count * MemoryLayout<Element>.stride, 1)
        #if os(Linux)
        if bytes >= hugePageSize {
            let rounded = (bytes + hugePageSize - 1) / hugePageSize * hugePageSize
            let length = rounded + hugePageSize
            if let start = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
                start != MAP_FAILED
            {
                let address = UInt(bitPattern: start)
                let offset = Int((UInt(hugePageSize) - address % UInt(hugePageSize)) % UInt(hugePageSize))
                let aligned = start.advanced(by: offset)
                _ = madvise(aligned, rounded, MADV_HUGEPAGE)
                return (aligned.bindMemory(to: Element.self, capacity: count), (start, length))
            }
        }
        #endif
        let memory = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: MemoryLayout<Element>.alignment)
        return (memory.bindMemory(to: Element.self, capacity: count), nil)
    }

    /// The element at `index` (unchecked beyond a debug assertion).
    @inline(__always)
    subscript(index: Int) -> Element {
        assert(index >= 0 && index < count, "LookupTable index out of range")
        return base[index]
    }
}
