import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// The results of `transform` on every element, computed on every core, in the elements' order.
    /// For independent pieces of work (pages, tables, link scans) that do not share state.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let slots = Slots<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            slots.store(transform(self[index]), at: index)
        }
        return slots.values
    }
}

/// Results written by concurrent workers, one slot each, read once they have all finished.
private final class Slots<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func store(_ value: Value, at index: Int) {
        lock.withLock { slots[index] = value }
    }

    /// Every slot's value; every slot is filled when `concurrentPerform` returns.
    var values: [Value] { lock.withLock { slots.map { $0! } } }
}
