import Foundation

/// What a tag finds: text, a number, a flag, a model to enter, or a list to repeat over.
enum TemplateValue {
    case text(String)
    case number(Int)
    case flag(Bool)
    case model(any TemplateContext)
    case list(any TemplateList)
}

/// A value a template can look names up in (a model, or a page with its layout).
protocol TemplateContext {
    /// The value of the field named `name`; nil when there is no such field or it is nil, so that
    /// the lookup goes on down the context stack (Mustache's rule).
    func value(of name: FieldName.ID) -> TemplateValue?
}

/// A model a template reads: its fields by name, as key paths resolved once per type.
///
/// The templates' vocabulary is the models' stored properties, listed in each `fields` table
/// (Models/TemplateFields.swift); a test checks every table against its type's stored properties
/// and every template tag against the models of the sample site.
protocol TemplateModel: TemplateContext, TemplateValueConvertible {
    /// Every stored property, by name.
    static var fields: TemplateFields<Self> { get }
}

extension TemplateModel {
    func value(of name: FieldName.ID) -> TemplateValue? {
        Self.fields.value(of: name, in: self)
    }

    var templateValue: TemplateValue? { .model(self) }
}

/// A type a model's field may have: converted to a `TemplateValue` without a dynamic cast.
protocol TemplateValueConvertible {
    /// The value as a template sees it; nil reads as absent.
    var templateValue: TemplateValue? { get }
}

extension String: TemplateValueConvertible {
    var templateValue: TemplateValue? { .text(self) }
}

extension Int: TemplateValueConvertible {
    var templateValue: TemplateValue? { .number(self) }
}

extension Bool: TemplateValueConvertible {
    var templateValue: TemplateValue? { .flag(self) }
}

extension Optional: TemplateValueConvertible where Wrapped: TemplateValueConvertible {
    var templateValue: TemplateValue? { self?.templateValue }
}

/// A list of models a section repeats over. Its elements are read in place, by index, rather
/// than each copied into an existential (perf: copying every row of a long list cost more than
/// reading its fields).
protocol TemplateList {
    var count: Int { get }
    /// The value of field `name` of the element at `index`.
    func value(of name: FieldName.ID, at index: Int) -> TemplateValue?
    /// The element at `index` (for `{{.}}`).
    func element(at index: Int) -> TemplateValue
}

extension Array: TemplateList where Element: TemplateModel {
    func value(of name: FieldName.ID, at index: Int) -> TemplateValue? {
        // Through the element's own `value(of:)`, specialised for its type (see TemplateFields.swift).
        self[index].value(of: name)
    }

    func element(at index: Int) -> TemplateValue {
        .model(self[index])
    }
}

extension Array: TemplateValueConvertible where Element: TemplateModel {
    var templateValue: TemplateValue? { .list(self) }
}

/// A model's fields as templates read them: name → key path, turned once into typed accessors
/// indexed by the name's number, so a tag costs an array index and a key-path read.
///
/// Immutable after initialisation (hence `@unchecked Sendable`: key paths are not declared
/// Sendable).
struct TemplateFields<Root>: ExpressibleByDictionaryLiteral, @unchecked Sendable {
    /// The table as written, for the tests that compare it with the type's stored properties.
    let paths: [String: PartialKeyPath<Root>]
    private let accessors: [Accessor?]

    /// How a field is read: the common scalar types through their concrete key paths, anything
    /// else through a closure typed once.
    private enum Accessor {
        case text(KeyPath<Root, String>)
        case optionalText(KeyPath<Root, String?>)
        case number(KeyPath<Root, Int>)
        case flag(KeyPath<Root, Bool>)
        case other((Root) -> TemplateValue?)
    }

    init(dictionaryLiteral elements: (String, PartialKeyPath<Root>)...) {
        var paths: [String: PartialKeyPath<Root>] = [:]
        var accessors: [Accessor?] = []
        for (name, path) in elements {
            paths[name] = path
            let id = FieldName.id(of: name)
            if accessors.count <= id { accessors += Array(repeating: nil, count: id + 1 - accessors.count) }
            accessors[id] = Self.accessor(path, name: name)
        }
        self.paths = paths
        self.accessors = accessors
    }

    private static func accessor(_ path: PartialKeyPath<Root>, name: String) -> Accessor {
        if let path = path as? KeyPath<Root, String> { return .text(path) }
        if let path = path as? KeyPath<Root, String?> { return .optionalText(path) }
        if let path = path as? KeyPath<Root, Int> { return .number(path) }
        if let path = path as? KeyPath<Root, Bool> { return .flag(path) }
        let valueType = type(of: path).valueType
        guard let convertible = valueType as? any TemplateValueConvertible.Type else {
            // A programming error in a model, found by the first render of any page.
            preconditionFailure("\(Root.self).\(name): a template cannot show a value of type \(valueType)")
        }
        return .other(Self.accessor(path, convertible))
    }

    private static func accessor<Value: TemplateValueConvertible>(
        _ path: PartialKeyPath<Root>, _: Value.Type
    ) -> (Root) -> TemplateValue? {
        // The cast succeeds: `Value` is the key path's own value type.
        let typed = unsafeDowncast(path, to: KeyPath<Root, Value>.self)
        return { $0[keyPath: typed].templateValue }
    }

    /// The value of field `name` of `root`; nil when the type has no such field or it is nil.
    func value(of name: FieldName.ID, in root: Root) -> TemplateValue? {
        guard name < accessors.count, let accessor = accessors[name] else { return nil }
        switch accessor {
        case .text(let path): return .text(root[keyPath: path])
        case .optionalText(let path): return root[keyPath: path].map { .text($0) }
        case .number(let path): return .number(root[keyPath: path])
        case .flag(let path): return .flag(root[keyPath: path])
        case .other(let read): return read(root)
        }
    }
}

/// The name of a tag (`name`, `a.b`, `.`), its parts numbered once so lookups compare integers.
struct FieldName: Hashable, Sendable {
    typealias ID = Int

    /// The name as written in the template.
    let text: String
    /// The numbered parts of a dotted name; empty for `.`.
    let parts: [ID]
    /// A name starting with a dot (`.name`) is looked up in the innermost context only.
    let isAnchored: Bool

    init(_ text: String) {
        self.text = text
        isAnchored = text.first == "." && text != "."
        parts = text.split(separator: ".").map { Self.id(of: String($0)) }
    }

    private static let table = NumberTable()

    /// The number of a name, the same for every template and every fields table of the process.
    static func id(of name: String) -> ID { table.number(of: name) }

    /// Numbers names in order of first use; safe to use from concurrent threads.
    private final class NumberTable: @unchecked Sendable {
        private let lock = NSLock()
        private var numbers: [String: ID] = [:]

        func number(of name: String) -> ID {
            lock.lock()
            defer { lock.unlock() }
            if let number = numbers[name] { return number }
            let number = numbers.count
            numbers[name] = number
            return number
        }
    }
}
