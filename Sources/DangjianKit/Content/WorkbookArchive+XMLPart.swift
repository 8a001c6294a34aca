import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

extension WorkbookArchive {
    /// Which Office file an archive is, as messages name it: `XLSXReader` reads Excel workbooks,
    /// `DocxReader` Word documents, both through the same archive and part parsing.
    struct Format {
        /// The application, as messages name it: "Excel" or "Word".
        let application: String
        /// What is said of a file that is not a ZIP archive at all.
        let notZIPMessage: String

        /// An Excel workbook (`.xlsx`).
        static let excel = Format(application: "Excel", notZIPMessage: "无法打开 Excel 文件：不是有效的 .xlsx（ZIP）文件")
        /// A Word document (`.docx`).
        static let word = Format(
            application: "Word",
            notZIPMessage: "无法打开 Word 文件：不是有效的 .docx 文件（如为 .doc 或 .wps 格式，请先在 Word 或 WPS 中另存为 .docx）")
    }

    /// Streams the part at `path` through `delegate`; false when the archive has no such part.
    ///
    /// Throws when the part breaks `limits`, is damaged, has a document type declaration, is not
    /// well-formed XML, or when the delegate stopped the parse (its diagnostics say why). With
    /// `namespaces`, the delegate is given local element names and their namespace URIs.
    @discardableResult
    func parse(
        _ path: String, limits: PartLimits, with delegate: some PartParser, format: Format, namespaces: Bool = false,
        at location: SourceLocation
    ) throws(BuildFailure) -> Bool {
        guard let entry = entries[path] else { return false }
        let stream: PartStream
        do {
            stream = try open(entry, limits: limits)
        } catch {
            throw Self.refusal(error, format: format, at: location)
        }
        let guarded = DoctypeRefusingStream(stream)
        let parser = XMLParser(stream: guarded)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = namespaces
        parser.delegate = delegate
        let wellFormed = parser.parse()
        if let failure = stream.failure { throw Self.refusal(failure, format: format, at: location) }
        if guarded.foundDoctype {
            throw BuildFailure(
                "\(format.application) 文件中的 \(path) 含有文档类型声明（<!DOCTYPE>），Office 文件中不允许出现，已拒绝读取",
                at: location)
        }
        if let stop = delegate.stopped { throw BuildFailure(diagnostics: stop) }
        if !wellFormed {
            throw BuildFailure("\(format.application) 文件已损坏：\(path) 不是有效的 XML", at: location)
        }
        return true
    }

    /// The bytes of the part at `path` (a picture), read whole within `limits`; nil when the
    /// archive has no such part.
    func contents(of path: String, limits: PartLimits, format: Format, at location: SourceLocation)
        throws(BuildFailure) -> Data?
    {
        guard let entry = entries[path] else { return nil }
        do throws(Failure) {
            let stream = try open(entry, limits: limits)
            var data = Data(capacity: Int(entry.uncompressedSize))
            var buffer = [UInt8](repeating: 0, count: PartStream.inputChunkSize)
            while true {
                let count = buffer.withUnsafeMutableBufferPointer { stream.read($0.baseAddress!, maxLength: $0.count) }
                if count < 0 { throw stream.failure ?? .unreadable(path) }
                if count == 0 { return data }
                data.append(contentsOf: buffer[..<count])
            }
        } catch {
            throw Self.refusal(error, format: format, at: location)
        }
    }

    /// The diagnostic for an archive or part that cannot be read, naming the part and the limit.
    static func refusal(_ failure: Failure, format: Format, at location: SourceLocation) -> BuildFailure {
        let file = "\(format.application) 文件"
        let message: String
        switch failure {
        case .notZIP:
            message = format.notZIPMessage
        case .directoryTooLarge(let size, let limit):
            message = "\(file)的压缩包目录有 \(Self.size(size))，超过上限 \(Self.size(limit))，已拒绝读取"
        case .damagedDirectory:
            message = "\(file)已损坏：压缩包目录中的位置或长度无效"
        case .duplicatePart(let path):
            message = "\(file)已损坏：压缩包中有两个 \(path)"
        case .encrypted(let path):
            message = "\(file)中的 \(path) 已加密，无法读取"
        case .unsupportedMethod(let path, let method):
            message = "\(file)中的 \(path) 使用了不支持的压缩方式（\(method)）"
        case .partTooLarge(let path, let size, let limit):
            message = "\(file)中的 \(path) 解压后有 \(Self.size(size))，超过上限 \(Self.size(limit))，已拒绝读取"
        case .compressionRatio(let path, let compressed, let uncompressed, let limit):
            message =
                "\(file)中的 \(path) 由 \(Self.size(compressed)) 解压为 \(Self.size(uncompressed))，"
                + "压缩比超过上限 \(limit):1，疑为压缩炸弹，已拒绝读取"
        case .largerThanDeclared(let path, let declared):
            message = "\(file)已损坏：\(path) 解压后超过其声明的大小 \(Self.size(declared))，已停止读取"
        case .smallerThanDeclared(let path, let declared, let actual):
            message = "\(file)已损坏：\(path) 解压后只有 \(Self.size(actual))，与声明的 \(Self.size(declared)) 不符"
        case .truncated(let path):
            message = "\(file)已损坏：\(path) 的压缩数据不完整"
        case .corruptData(let path):
            message = "\(file)已损坏：无法解压 \(path)"
        case .checksumMismatch(let path):
            message = "\(file)已损坏：\(path) 的校验和不符"
        case .unreadable(let path):
            message = "无法读取 \(file)中的 \(path)"
        }
        return BuildFailure(message, at: location)
    }

    /// A byte count as people read it: "512 字节", "3.5 MB", "256 MB".
    static func size(_ bytes: UInt64) -> String {
        let megabyte: UInt64 = 1 << 20
        if bytes < megabyte { return "\(bytes) 字节" }
        if bytes % megabyte == 0 { return "\(bytes / megabyte) MB" }
        return String(format: "%.1f MB", Double(bytes) / Double(megabyte))
    }
}
