import Dispatch

/// A value computed on another thread, waited for where it is needed: loading one model file while another
/// loads on the calling thread.
final class BackgroundLoad<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once before `done` is signalled, read only after waiting for it.
    private var result: Result<Value, any Error>?

    /// Starts `load` on a global queue.
    init(_ load: @escaping @Sendable () throws -> Value) {
        DispatchQueue.global().async {
            self.result = Result { try load() }
            self.done.signal()
        }
    }

    /// The value, once loaded.
    /// - Throws: what `load` threw.
    func value() throws -> Value {
        done.wait()
        done.signal()
        return try result!.get()
    }
}
