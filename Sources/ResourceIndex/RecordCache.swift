import Foundation

/// Records decoded from a mapped resource, kept once decoded, by number: a look-up that returns the same record
/// again (a frequent name, a state met in every article) does not decode it twice.
///
/// Safe to share between threads (a lock guards the table; two threads may decode one record at the same time,
/// and both get equal values).
public final class RecordCache<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int: Value] = [:]

    /// An empty cache.
    public init() {}

    /// Record `number`, decoded by `decode` the first time it is asked for.
    public func value(_ number: Int, decode: () -> Value) -> Value {
        if let known = lock.withLock({ values[number] }) { return known }
        let value = decode()
        lock.withLock { values[number] = value }
        return value
    }
}
