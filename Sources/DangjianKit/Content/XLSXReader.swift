import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads one worksheet of an Excel `.xlsx` file into records, as `CSVReader` does for CSV.
///
/// An .xlsx file is a ZIP of XML parts; `WorkbookArchive` opens it and Foundation's XMLParser
/// reads the workbook, the shared strings, the number formats and the sheet, each streamed from
/// the archive without holding the decompressed part in memory. Cell values become text the way
/// Excel shows them: shared and inline strings, numbers (integers without ".0"), dates as
/// YYYY-MM-DD, booleans as 是/否, and formula cells by their cached value. A formula cell without
/// a cached value, or with an error value (#DIV/0! …), is an error naming the cell.
///
/// A workbook is input from anyone, so every size in it is bounded (see `Limits`): a part too
/// large or compressed too well, a cell reference past Excel's grid, a shared string that does not
/// exist, or a sheet with more cells than the limit is an error naming the part or the cell,
/// never a crash and never gigabytes of memory.
public struct XLSXReader: Sendable {
    /// The file name used in diagnostics.
    public let file: String
    /// The bounds a workbook must keep to.
    public let limits: Limits

    /// Creates a reader whose diagnostics name `file`.
    public init(file: String, limits: Limits = Limits()) {
        self.file = file
        self.limits = limits
    }

    /// The records of a worksheet and its name.
    public struct Sheet: Sendable {
        /// The worksheet's name, as diagnostics show it (`file.xlsx:Sheet1!C17`).
        public let name: String
        /// One record per non-empty row; a record's line is the row number, a field's column its column number.
        public let records: [CSVRecord]
    }

    /// How much of a workbook is read before it is refused as broken or hostile.
    ///
    /// The defaults are far above any real statistics workbook and far below what hurts the
    /// machine: real sheet XML compresses 5 to 20 times, so a part that claims more than 100 times
    /// its compressed size (and is bigger than 8 MB) is a decompression bomb; 2,000,000 cells is
    /// 90,000 enterprises of 22 columns, and costs about 64 MB of fields at most.
    public struct Limits: Sendable {
        /// The largest uncompressed worksheet part, in bytes (256 MB).
        public var sheetPartSize: UInt64 = 256 << 20
        /// The largest uncompressed `xl/sharedStrings.xml`, in bytes (128 MB).
        public var sharedStringsPartSize: UInt64 = 128 << 20
        /// The largest workbook, relationships or styles part, in bytes (32 MB; Excel's 64,000
        /// cell styles take about 10 MB).
        public var otherPartSize: UInt64 = 32 << 20
        /// The largest ratio of a part's uncompressed to compressed size…
        public var compressionRatio: UInt64 = 100
        /// …checked only for parts larger than this many bytes (8 MB): small parts of repeated
        /// markup may compress very well and cost nothing.
        public var ratioExemptSize: UInt64 = 8 << 20
        /// The most cells a sheet may yield, counting the empty cells a row is padded with up to
        /// its last value.
        public var cells = 2_000_000
        /// The most entries in the shared string table.
        public var sharedStrings = 2_000_000
        /// The most problems reported for one sheet before reading stops.
        public var problems = 100

        /// The default limits.
        public init() {}
    }

    /// Excel's grid: columns A to XFD.
    static let maximumColumn = 16_384
    /// Excel's grid: rows 1 to 1,048,576.
    static let maximumRow = 1_048_576

    /// Reads the sheet named `sheetName`, or the first sheet when nil.
    public func read(_ url: URL, sheetName: String? = nil) throws(BuildFailure) -> Sheet {
        let whole = SourceLocation(file: file)
        let archive: WorkbookArchive
        do {
            archive = try WorkbookArchive(url: url)
        } catch {
            throw refusal(error, at: whole)
        }
        let sheets = try workbookSheets(archive)
        guard let sheet = sheetName.map({ name in sheets.first { $0.name == name } }) ?? sheets.first else {
            let names = sheets.map { "“\($0.name)”" }.joined(separator: "、")
            throw BuildFailure("工作簿中没有名为“\(sheetName ?? "")”的工作表；现有：\(names)", at: whole)
        }
        let strings = SharedStringsParser(file: file, limit: limits.sharedStrings)
        try parse(archive, "xl/sharedStrings.xml", maximumSize: limits.sharedStringsPartSize, with: strings, at: whole)
        let styles = StylesParser()
        try parse(archive, "xl/styles.xml", maximumSize: limits.otherPartSize, with: styles, at: whole)
        let sheetLocation = SourceLocation(file: file, sheet: sheet.name)
        let parser = SheetParser(
            file: file, sheet: sheet.name, sharedStrings: strings.strings, dateStyles: styles.dateStyleIndexes,
            limits: limits)
        guard try parse(archive, sheet.path, maximumSize: limits.sheetPartSize, with: parser, at: sheetLocation)
        else {
            throw BuildFailure("工作表“\(sheet.name)”的数据缺失（\(sheet.path)）", at: whole)
        }
        if !parser.problems.isEmpty { throw BuildFailure(diagnostics: parser.problems) }
        return Sheet(name: sheet.name, records: parser.records)
    }
}

extension XLSXReader {
    struct SheetReference {
        let name: String
        let path: String
    }

    /// The worksheets in workbook order with the paths of their XML parts.
    func workbookSheets(_ archive: WorkbookArchive) throws(BuildFailure) -> [SheetReference] {
        let whole = SourceLocation(file: file)
        let relations = RelationshipsParser()
        try parse(archive, "xl/_rels/workbook.xml.rels", maximumSize: limits.otherPartSize, with: relations, at: whole)
        let workbook = WorkbookParser()
        guard try parse(archive, "xl/workbook.xml", maximumSize: limits.otherPartSize, with: workbook, at: whole) else {
            throw BuildFailure("不是有效的 Excel 工作簿：缺少 xl/workbook.xml", at: whole)
        }
        let sheets = workbook.sheets.compactMap { sheet -> SheetReference? in
            guard let target = relations.targets[sheet.relationID] else { return nil }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            return SheetReference(name: sheet.name, path: path)
        }
        if sheets.isEmpty {
            throw BuildFailure("Excel 工作簿中没有工作表", at: whole)
        }
        return sheets
    }

    /// Streams the part at `path` through `delegate`; false when the archive has no such part.
    ///
    /// Throws when the part breaks a limit, is damaged, is not well-formed XML, or when the
    /// delegate stopped the parse (its diagnostics say why).
    @discardableResult
    func parse(
        _ archive: WorkbookArchive, _ path: String, maximumSize: UInt64, with delegate: some PartParser,
        at location: SourceLocation
    ) throws(BuildFailure) -> Bool {
        let partLimits = WorkbookArchive.PartLimits(
            maximumSize: maximumSize, maximumRatio: limits.compressionRatio, ratioExemptSize: limits.ratioExemptSize)
        return try archive.parse(path, limits: partLimits, with: delegate, format: .excel, at: location)
    }

    /// The diagnostic for an archive or part that cannot be read, naming the part and the limit.
    func refusal(_ failure: WorkbookArchive.Failure, at location: SourceLocation) -> BuildFailure {
        WorkbookArchive.refusal(failure, format: .excel, at: location)
    }
}
