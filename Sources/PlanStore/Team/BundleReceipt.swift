import PlanModel
import Foundation

/// A bundle being read and checked whole (`BundleFile.read`: its SHA-256s, plan and entries) on a thread of its own,
/// while `rencana receive` opens the plan's journal on this one: the two reads of a receive on two cores. Nothing of
/// the bundle is used before `result` says it passed.
public final class PendingBundle: @unchecked Sendable {
    private let work: Background<Result<BundleContents, StoreError>>

    /// Starts reading the bundle at `path` (`name` names it in a refusal).
    public init(path: String, name: String, maxBytes: Int = BundleFile.maxBytes) {
        work = Background { Result { () throws(StoreError) in try BundleFile.read(path, name: name, maxBytes: maxBytes) } }
    }

    /// The bundle's contents, or why it is refused (waits for the reading; asked from the thread that started it).
    public var result: Result<BundleContents, StoreError> { work.value }
}
