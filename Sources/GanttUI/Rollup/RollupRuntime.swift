import PlanModel

/// One thing that reached the roll-up from outside: a key (a resize is one), the folder read again, or the end.
public enum RollupInput {
    case key(Key)
    /// A file in the folder is new or changed: the offices read again (on another thread).
    case folder(RollupModel)
    /// The terminal is gone.
    case closed
}

/// Where the roll-up's inputs come from: the terminal and the folder's watch (the executable's), or a script (tests).
public protocol RollupInputSource: AnyObject {
    /// The next input, waiting at most `timeoutMilliseconds` (nil: as long as it takes); nil when nothing came.
    func next(timeoutMilliseconds: Int?) -> RollupInput?
    /// Whether a key is already waiting (the rest of a paste): the frame is drawn once they are all read.
    var keyPending: Bool { get }
}

/// The roll-up's event loop, as `Runtime` is the plan dashboard's: every input becomes one message to
/// `updateRollup`, here and nowhere else; its effects run here (an office's year read through `loadOffice`, whose
/// answer comes back as a message); the frame is rendered and drawn when something changed and no key waits.
public final class RollupRuntime {
    public private(set) var state: RollupState
    private let backend: Backend
    private let source: RollupInputSource
    /// Reads office `index`'s year (read-only; nil when it cannot be read now).
    private let loadOffice: (Int) -> YearState?
    private var needsDraw = true
    private var fullRepaint = true

    public init(state: RollupState, backend: Backend, source: RollupInputSource, loadOffice: @escaping (Int) -> YearState?) {
        self.state = state
        self.backend = backend
        self.source = source
        self.loadOffice = loadOffice
    }

    /// Runs until the user quits or the input closes.
    public func run() -> RuntimeEnd {
        var keyJustRead = false
        while true {
            if needsDraw && !(keyJustRead && source.keyPending) {
                backend.draw(renderRollup(state), full: fullRepaint)
                fullRepaint = false
                needsDraw = false
            }
            keyJustRead = false
            switch source.next(timeoutMilliseconds: nil) {
            case nil: break
            case .key(let key)?:
                keyJustRead = true
                if send(RollupKeys.action(for: key, in: state)) { return .quit }
            case .folder(let model)?:
                if send(.folderChanged(model)) { return .quit }
            case .closed?: return .inputClosed
            }
        }
    }

    /// One message through `updateRollup`, its effects run; true when the user quit.
    @discardableResult
    public func send(_ action: RollupAction) -> Bool {
        var pending = updateRollup(&state, action)
        needsDraw = true
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            switch effect {
            case .quit: return true
            case .redraw: fullRepaint = true
            case .loadOffice(let index):
                pending += updateRollup(&state, .officeLoaded(index, loadOffice(index)))
                fullRepaint = true
            }
        }
        return false
    }
}
