import Foundation
import Testing
import ZIPFoundation

@testable import DangjianKit

/// Word documents built part by part with ZIPFoundation, read into the exact imported document.
@Suite struct DocxReaderTests {
    // MARK: - Paragraph roles

    @Test func headingsAndTitlesComeFromStyleNamesAndOutlineLevels() throws {
        let styles = """
            <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/>\
            <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
            <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/></w:style>
            <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="标题 4"/></w:style>
            <w:style w:type="paragraph" w:styleId="a6"><w:name w:val="Title"/></w:style>
            <w:style w:type="paragraph" w:styleId="a7"><w:name w:val="标题"/></w:style>
            <w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="小标题"/><w:basedOn w:val="2"/></w:style>
            <w:style w:type="paragraph" w:styleId="Point"><w:name w:val="要点"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="正文缩进"/><w:basedOn w:val="1"/>\
            <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
            """
        let body = [
            Docx.p(Docx.r("城关镇二〇二四年", "<w:b/>") + Docx.r("党建工作总结"), style: "a6"),
            Docx.p(Docx.r("（征求意见稿）"), style: "a7"),
            Docx.p(Docx.r("一、", "<w:b/>") + Docx.r("基本情况", "<w:b/><w:bCs/>"), style: "1"),
            Docx.p(Docx.r("全镇现有非公企业党组织 38 个，党员 412 名。")),
            Docx.p(Docx.r("（一）组织覆盖"), style: "2"),
            Docx.p(Docx.r("1.新建党组织"), style: "Sub"),
            Docx.p(Docx.r("（1）工业园区"), style: "Heading3"),
            Docx.p(Docx.r("甲片区"), style: "a5"),
            Docx.p(Docx.r("主要做法"), style: "Point"),
            Docx.p(Docx.r("二、存在问题"), properties: #"<w:outlineLvl w:val="0"/>"#),
            Docx.p(Docx.r("三、下步打算"), style: "Heading5"),
            Docx.p(Docx.r("正文而非标题"), style: "1", properties: #"<w:outlineLvl w:val="9"/>"#),
            Docx.p(Docx.r("缩进正文"), style: "Body"),
        ]
        let document = try read(body.joined(), styles: styles)
        #expect(
            document.blocks == [
                .paragraph(ImportedParagraph(text: "城关镇二〇二四年党建工作总结", isTitle: true, line: 1)),
                .paragraph(ImportedParagraph(text: "（征求意见稿）", isTitle: true, line: 2)),
                .paragraph(ImportedParagraph(text: "一、基本情况", headingLevel: 1, line: 3)),
                .paragraph(ImportedParagraph(text: "全镇现有非公企业党组织 38 个，党员 412 名。", line: 4)),
                .paragraph(ImportedParagraph(text: "（一）组织覆盖", headingLevel: 2, line: 5)),
                .paragraph(ImportedParagraph(text: "1.新建党组织", headingLevel: 2, line: 6)),
                .paragraph(ImportedParagraph(text: "（1）工业园区", headingLevel: 3, line: 7)),
                .paragraph(ImportedParagraph(text: "甲片区", headingLevel: 4, line: 8)),
                .paragraph(ImportedParagraph(text: "主要做法", headingLevel: 3, line: 9)),
                .paragraph(ImportedParagraph(text: "二、存在问题", headingLevel: 1, line: 10)),
                .paragraph(ImportedParagraph(text: "三、下步打算", headingLevel: 5, line: 11)),
                .paragraph(ImportedParagraph(text: "正文而非标题", line: 12)),
                .paragraph(ImportedParagraph(text: "缩进正文", line: 13)),
            ])
        #expect(document.images.isEmpty && document.notes.isEmpty)
    }

    @Test func listsAreNumberedOrBulletedByTheirLevelsFormat() throws {
        let numbering = """
            <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>\
            <w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="·"/></w:lvl>\
            <w:lvl w:ilvl="2"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0">\
            <w:numFmt w:val="decimal"/></w:lvl></w:lvlOverride></w:num>
            """
        let styles = """
            <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/>\
            <w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
            """
        func list(_ numberingID: Int, _ level: Int) -> String {
            #"<w:numPr><w:ilvl w:val="\#(level)"/><w:numId w:val="\#(numberingID)"/></w:numPr>"#
        }
        let body = [
            Docx.p(Docx.r("强化政治引领"), properties: list(1, 0)),
            Docx.p(Docx.r("开展主题党日"), properties: list(1, 1)),
            Docx.p(Docx.r("每月一次"), properties: list(1, 2)),
            Docx.p(Docx.r("党员教育"), properties: list(2, 0)),
            Docx.p(Docx.r("覆盖全部支部"), properties: list(3, 0)),
            Docx.p(Docx.r("由样式加圆点"), style: "ListBullet"),
            Docx.p(Docx.r("编号零即无列表"), style: "ListBullet", properties: list(0, 0)),
            Docx.p(Docx.r("不存在的列表"), properties: list(9, 0)),
        ]
        let document = try read(body.joined(), styles: styles, numbering: numbering)
        #expect(
            document.blocks == [
                .paragraph(ImportedParagraph(text: "强化政治引领", listLevel: 0, isNumbered: true, line: 1)),
                .paragraph(ImportedParagraph(text: "开展主题党日", listLevel: 1, isNumbered: false, line: 2)),
                .paragraph(ImportedParagraph(text: "每月一次", listLevel: 2, isNumbered: true, line: 3)),
                .paragraph(ImportedParagraph(text: "党员教育", listLevel: 0, isNumbered: false, line: 4)),
                .paragraph(ImportedParagraph(text: "覆盖全部支部", listLevel: 0, isNumbered: true, line: 5)),
                .paragraph(ImportedParagraph(text: "由样式加圆点", listLevel: 0, isNumbered: false, line: 6)),
                .paragraph(ImportedParagraph(text: "编号零即无列表", line: 7)),
                .paragraph(ImportedParagraph(text: "不存在的列表", line: 8)),
            ])
    }

    // MARK: - Runs

    @Test func boldRunsAreMergedAndKeptValidForCommonMark() throws {
        let styles = """
            <w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
            """
        let bold = "<w:b/>"
        let body = [
            Docx.p(
                Docx.r("一是", bold) + Docx.r("强化政治引领。", bold) + Docx.r("全年开展主题党日")
                    + Docx.r("24 次。")),
            Docx.p(
                Docx.r("甲", bold) + Docx.r(" ", bold) + Docx.r("乙", bold) + Docx.r("，") + Docx.r("  ", bold)
                    + Docx.r("丙") + Docx.r("“丁”", bold) + Docx.r("戊")),
            Docx.p(
                Docx.r("复杂", "<w:bCs/>") + Docx.r("不粗", #"<w:b w:val="0"/>"#) + Docx.r("的")
                    + Docx.r(" 重点 ", bold) + Docx.r("工作") + Docx.r("样式加粗", #"<w:rStyle w:val="Strong"/>"#)
                    + Docx.r("，", #"<w:rStyle w:val="Strong"/><w:b w:val="false"/><w:bCs w:val="0"/>"#)
                    + Docx.r("全面完成。", bold)),
            Docx.p(
                Docx.r("段落标记加粗不影响文字") + Docx.r("修订前曾加粗", #"<w:rPrChange><w:rPr><w:b/></w:rPr></w:rPrChange>"#),
                properties: "<w:rPr><w:b/></w:rPr>"),
        ]
        let document = try read(body.joined(), styles: styles)
        #expect(
            document.blocks == [
                .paragraph(ImportedParagraph(text: "**一是强化政治引领**。全年开展主题党日24 次。", line: 1)),
                .paragraph(ImportedParagraph(text: "**甲 乙**，  丙“**丁**”戊", line: 2)),
                .paragraph(ImportedParagraph(text: "**复杂**不粗的 **重点** 工作**样式加粗**，**全面完成。**", line: 3)),
                .paragraph(ImportedParagraph(text: "段落标记加粗不影响文字修订前曾加粗", line: 4)),
            ])
    }

    @Test func markdownCharactersThatArePlainTextInWordAreEscaped() throws {
        let body = [
            Docx.p(Docx.r("# 不是标题")),
            Docx.p(Docx.r(#"星号*下划线_方括号[注]尖括号<a>反斜杠\反引号`波浪1~3月，竖线|照旧，句中#号"#)),
            Docx.p(Docx.r("粗体里的*星号*", "<w:b/>")),
            Docx.p(Docx.r("  ") + Docx.r("#", "<w:b/>") + Docx.r("开头的井号")),
        ]
        let document = try read(body.joined())
        #expect(
            document.blocks == [
                .paragraph(ImportedParagraph(text: ##"\# 不是标题"##, line: 1)),
                .paragraph(
                    ImportedParagraph(
                        text: #"星号\*下划线\_方括号\[注\]尖括号\<a\>反斜杠\\反引号\`波浪1\~3月，竖线|照旧，句中#号"#, line: 2)),
                .paragraph(ImportedParagraph(text: #"**粗体里的\*星号\***"#, line: 3)),
                .paragraph(ImportedParagraph(text: ##"\#开头的井号"##, line: 4)),
            ])
    }

    @Test func theMarkdownRendersAsWordShowedTheText() throws {
        let bold = "<w:b/>"
        let body = [
            Docx.p(Docx.r("一是", bold) + Docx.r("强化政治引领。", bold) + Docx.r("全年开展主题党日。")),
            Docx.p(Docx.r("丙") + Docx.r("“丁”", bold) + Docx.r("戊") + Docx.r(" 重点 ", bold) + Docx.r("工作")),
            Docx.p(Docx.r("# 1~3月、5~6月 *a* _b_ [c](d) <e> `f`")),
            Docx.p(Docx.r("粗体里的*星号*", bold)),
        ]
        let html = try read(body.joined()).blocks.map { block in
            guard case .paragraph(let paragraph) = block else { return "" }
            return MarkdownRenderer().html(paragraph.text)
        }
        #expect(
            html == [
                "<p><strong>一是强化政治引领</strong>。全年开展主题党日。</p>\n",
                "<p>丙“<strong>丁</strong>”戊 <strong>重点</strong> 工作</p>\n",
                "<p># 1~3月、5~6月 *a* _b_ [c](d) &lt;e&gt; `f`</p>\n",
                "<p><strong>粗体里的*星号*</strong></p>\n",
            ])
    }

    @Test func spacingBreaksRevisionsAndHiddenTextFollowWhatWordShows() throws {
        let body = [
            Docx.p(#"<w:r><w:t xml:space="preserve">  前后空格 </w:t><w:tab/><w:t>制表</w:t><w:br/><w:t>换行</w:t></w:r>"#),
            Docx.p(#"<w:r><w:t>分页前</w:t><w:br w:type="page"/><w:t>分页后</w:t><w:t><![CDATA[<CDATA>]]></w:t></w:r>"#),
            Docx.p(""),
            Docx.p(Docx.r("   ")),
            Docx.p(
                Docx.r("保留") + #"<w:del w:id="1"><w:r><w:delText>删除的</w:delText><w:tab/></w:r></w:del>"#
                    + #"<w:ins w:id="2"><w:r><w:t>插入的</w:t></w:r></w:ins>"# + Docx.r("隐藏的", "<w:vanish/>")
                    + #"<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>"#
                    + #"<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>域结果</w:t></w:r>"#
                    + #"<w:r><w:fldChar w:fldCharType="end"/></w:r>"#),
            Docx.p(
                Docx.r("正文")
                    + "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>"
                    + Docx.p(Docx.r("文本框")) + Docx.p(Docx.r("第二段"))
                    + "</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox>"
                    + "<w:txbxContent>" + Docx.p(Docx.r("备用副本")) + "</w:txbxContent></v:textbox></w:pict>"
                    + "</mc:Fallback></mc:AlternateContent></w:r>" + Docx.r("之后")),
            "<w:sdt><w:sdtPr><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtContent>" + Docx.p(Docx.r("内容控件中的段落"))
                + "</w:sdtContent></w:sdt>",
        ]
        let document = try read(body.joined())
        #expect(
            document.blocks == [
                .paragraph(ImportedParagraph(text: "前后空格  制表 换行", line: 1)),
                .paragraph(ImportedParagraph(text: #"分页前分页后\<CDATA\>"#, line: 2)),
                .paragraph(ImportedParagraph(text: "保留插入的域结果", line: 5)),
                .paragraph(ImportedParagraph(text: "正文 文本框 第二段 之后", line: 6)),
                .paragraph(ImportedParagraph(text: "内容控件中的段落", line: 7)),
            ])
    }

    // MARK: - Tables

    @Test func aTableKeepsItsGridWithMergedCellsEmpty() throws {
        func cell(_ content: String, span: Int = 1) -> String {
            let properties = span > 1 ? #"<w:tcPr><w:gridSpan w:val="\#(span)"/></w:tcPr>"# : ""
            return "<w:tc>\(properties)\(content)</w:tc>"
        }
        let nested = "<w:tbl><w:tr>" + cell(Docx.p(Docx.r("甲"))) + cell(Docx.p(Docx.r("乙"))) + "</w:tr></w:tbl>"
        let table = """
            <w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>\
            <w:tr>\(cell(Docx.p(Docx.r("指标"))))\(cell(Docx.p(Docx.r("2023年"))))\(cell(Docx.p(Docx.r("2024年"))))</w:tr>\
            <w:tr>\(cell(Docx.p(Docx.r("党组织覆盖率")), span: 2))\(cell(Docx.p(Docx.r("98%", "<w:b/>"))))</w:tr>\
            <w:tr>\(cell(Docx.p(Docx.r("党员")) + Docx.p(Docx.r("人数"))))\(cell(Docx.p(Docx.r("A|B*"))))\
            \(cell(nested + Docx.p(Docx.r("丙"))))</w:tr>\
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>\(cell(Docx.p(Docx.r("合计"))))</w:tr>\
            </w:tbl>
            """
        let document = try read(Docx.p(Docx.r("二、主要数据")) + table + Docx.p(Docx.r("表后段落")))
        #expect(
            document.blocks == [
                .paragraph(ImportedParagraph(text: "二、主要数据", line: 1)),
                .table([
                    ["指标", "2023年", "2024年"],
                    ["党组织覆盖率", "", "**98%**"],
                    ["党员 人数", #"A\|B\*"#, "甲 乙 丙"],
                    ["", "合计", ""],
                ]),
                .paragraph(ImportedParagraph(text: "表后段落", line: 2)),
            ])
    }

    @Test func aHostileColumnCountIsBoundedAndATableTooWideIsAnError() throws {
        let zeroSpan = #"<w:tc><w:tcPr><w:gridSpan w:val="0"/></w:tcPr>\#(Docx.p(Docx.r("零")))</w:tc>"#
        let narrow = "<w:tbl><w:tr>\(zeroSpan)<w:tc>\(Docx.p(Docx.r("一")))</w:tc></w:tr></w:tbl>"
        #expect(try read(narrow).blocks == [.table([["零", "一"]])])

        let hugeSpan = #"<w:tc><w:tcPr><w:gridSpan w:val="99999999999"/></w:tcPr>\#(Docx.p(Docx.r("宽")))</w:tc>"#
        let wide = "<w:tbl><w:tr>\(hugeSpan)</w:tr></w:tbl>"
        let failure = try readFailure([("word/document.xml", Docx.document(Docx.p(Docx.r("表前")) + wide))])
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.docx:1: error: 第 1 段之后的表格超过 63 列（Word 表格最多 63 列），已停止读取"
            ])
    }

    // MARK: - Notes

    @Test func footnotesAndEndnotesAreNumberedInOrderOfFirstReference() throws {
        let footnotes = """
            <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
            <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
            <w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 数据来源：县委组织部。</w:t></w:r></w:p></w:footnote>
            <w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>含联合党支部</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>6</w:t></w:r>\
            <w:r><w:t>个；</w:t></w:r></w:p><w:p><w:r><w:t>截至年底。</w:t></w:r></w:p></w:footnote>
            """
        func reference(_ id: Int) -> String {
            #"<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="\#(id)"/></w:r>"#
        }
        let body = [
            Docx.p(Docx.r("党组织 38 个") + reference(2) + Docx.r("，党员 412 名") + reference(1) + Docx.r("。")),
            Docx.p(Docx.r("同上", "<w:b/>") + reference(2) + #"<w:r><w:endnoteReference w:id="1"/></w:r>"#),
        ]
        let endnotes = """
            <w:endnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
            <w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>尾注：表格见附件。</w:t></w:r></w:p></w:endnote>
            """
        let document = try read(body.joined(), footnotes: footnotes, endnotes: endnotes)
        #expect(
            document
                == ImportedDocument(
                    blocks: [
                        .paragraph(ImportedParagraph(text: "党组织 38 个[^1]，党员 412 名[^2]。", line: 1)),
                        .paragraph(ImportedParagraph(text: "**同上**[^1][^3]", line: 2)),
                    ],
                    notes: ["含联合党支部**6**个； 截至年底。", "数据来源：县委组织部。", "尾注：表格见附件。"]))
    }

    // MARK: - Pictures

    @Test func picturesFollowTheirParagraphAndAreStoredOnce() throws {
        let relationships = Docx.relationships([
            ("rId5", "media/image1.png", false), ("rId6", "media/image2.jpeg", false),
            ("rId7", "/word/media/image1.png", false),
        ])
        let body = [
            Docx.p(Docx.drawing("rId5")),
            Docx.p(Docx.r("如图所示") + Docx.drawing("rId6") + Docx.r("，活动现场气氛热烈。")),
            Docx.p(Docx.drawing("rId7")),
            Docx.p(#"<w:r><w:pict><v:shape><v:imagedata r:id="rId5" o:title=""/></v:shape></w:pict></w:r>"#),
            Docx.p(
                "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\">" + Docx.drawing("rId6")
                    + #"</mc:Choice><mc:Fallback><w:pict><v:imagedata r:id="rId5"/></w:pict></mc:Fallback>"#
                    + "</mc:AlternateContent></w:r>"),
        ]
        let document = try read(
            body.joined(), relationships: relationships,
            media: ["word/media/image1.png": Docx.png, "word/media/image2.jpeg": Docx.jpeg])
        #expect(
            document
                == ImportedDocument(
                    blocks: [
                        .image(0),
                        .paragraph(ImportedParagraph(text: "如图所示，活动现场气氛热烈。", line: 2)),
                        .image(1),
                        .image(0),
                        .image(0),
                        .image(1),
                    ],
                    images: [
                        ImportedImage(
                            fileName: "image-1.png", data: Docx.png, size: ImageSize(data: Docx.png)),
                        ImportedImage(
                            fileName: "image-2.jpg", data: Docx.jpeg, size: ImageSize(data: Docx.jpeg)),
                    ]))
        #expect(document.images.map { $0.size.map { [$0.width, $0.height] } } == [[40, 30], [64, 48]])
    }

    @Test func aMainPartNamedByThePackageRelationshipsIsRead() throws {
        let parts: [(String, String)] = [
            (
                "_rels/.rels",
                Docx.relationshipsXML([("rId1", "custom/main.xml", false)], type: "officeDocument")
            ),
            ("custom/main.xml", Docx.document(Docx.p(Docx.r("另存的正文")))),
        ]
        let document = try withDocx(parts.map { ($0.0, Data($0.1.utf8)) }) { url in
            try DocxReader(file: "f.docx").read(url)
        }
        #expect(document.blocks == [.paragraph(ImportedParagraph(text: "另存的正文", line: 1))])
    }

    // MARK: - Errors

    @Test func aFileThatIsNotAZIPIsAnErrorAtTheFile() throws {
        let failure = try readFailure([], rawBytes: Data("城关镇党建工作总结\n".utf8))
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.docx: error: 无法打开 Word 文件：不是有效的 .docx 文件（如为 .doc 或 .wps 格式，请先在 Word 或 WPS 中另存为 .docx）"
            ])
    }

    @Test func anArchiveWithoutTheDocumentPartIsAnErrorAtTheFile() throws {
        let failure = try readFailure([
            ("[Content_Types].xml", Docx.contentTypes), ("word/styles.xml", Docx.styles("")),
        ])
        #expect(failure.diagnostics.map(\.description) == ["f.docx: error: 不是有效的 .docx 文件：缺少正文 word/document.xml"])
    }

    @Test func malformedXMLIsAnErrorNamingThePart() throws {
        let failure = try readFailure([("word/document.xml", "<w:document><w:body><w:p></w:body>")])
        #expect(failure.diagnostics.map(\.description) == ["f.docx: error: Word 文件已损坏：word/document.xml 不是有效的 XML"])
    }

    @Test func aDocumentTypeDeclarationIsRefused() throws {
        let document =
            #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "实体">]>"#
            + Docx.document(Docx.p(Docx.r("&x;")))
            .replacingOccurrences(of: #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#, with: "")
        let failure = try readFailure([("word/document.xml", document)])
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.docx: error: Word 文件中的 word/document.xml 含有文档类型声明（<!DOCTYPE>），Office 文件中不允许出现，已拒绝读取"
            ])
    }

    @Test func picturesTheDocumentDoesNotHoldAreErrorsAtTheirParagraphs() throws {
        let relationships = Docx.relationships([
            ("rId5", "media/missing.png", false), ("rId6", "https://example.com/photo.jpg", true),
        ])
        let body = [
            Docx.p(Docx.r("第一段")),
            Docx.p(Docx.drawing("rId6")),
            Docx.p(Docx.drawing("rId9")),
            Docx.p(#"<w:r><w:drawing><a:blip r:link="rId6"/></w:drawing></w:r>"#),
        ]
        let failure = try readFailure(
            [("word/document.xml", Docx.document(body.joined())), ("word/_rels/document.xml.rels", relationships)])
        #expect(
            failure.diagnostics.map(\.description) == [
                "f.docx:2: error: 第 2 段的图片链接到文档外的文件“https://example.com/photo.jpg”，没有保存在文档中；请在 Word 中将图片嵌入文档后再导入",
                "f.docx:3: error: Word 文件已损坏：第 3 段的图片引用了不存在的关系“rId9”",
                "f.docx:4: error: 第 4 段的图片链接到文档外的文件“https://example.com/photo.jpg”，没有保存在文档中；请在 Word 中将图片嵌入文档后再导入",
            ])

        let missing = try readFailure(
            [
                ("word/document.xml", Docx.document(Docx.p(Docx.r("图一")) + Docx.p(Docx.drawing("rId5")))),
                ("word/_rels/document.xml.rels", relationships),
            ])
        #expect(
            missing.diagnostics.map(\.description) == [
                "f.docx:2: error: Word 文件已损坏：第 2 段的图片 word/media/missing.png 不在文件中"
            ])
    }

    @Test func aFootnoteReferenceWithoutItsNoteIsAnErrorAtItsParagraph() throws {
        let body = Docx.p(Docx.r("无注")) + Docx.p(Docx.r("有注") + #"<w:r><w:footnoteReference w:id="7"/></w:r>"#)
        let failure = try readFailure([("word/document.xml", Docx.document(body))])
        #expect(failure.diagnostics.map(\.description) == ["f.docx:2: error: Word 文件已损坏：第 2 段引用的脚注（编号 7）不存在"])
    }

    @Test func aPartOverItsLimitIsRefusedNamingIt() throws {
        var limits = DocxReader.Limits()
        limits.documentPartSize = 100
        let failure = try readFailure([("word/document.xml", Docx.document(Docx.p(Docx.r("较长的正文"))))], limits: limits)
        #expect(failure.diagnostics.count == 1)
        #expect(failure.diagnostics.first?.location == SourceLocation(file: "f.docx"))
        #expect(failure.diagnostics.first?.message.hasPrefix("Word 文件中的 word/document.xml 解压后有 ") == true)
        #expect(failure.diagnostics.first?.message.hasSuffix("超过上限 100 字节，已拒绝读取") == true)
    }
}

// MARK: - Helpers

extension DocxReaderTests {
    /// Reads a document built from the body and the optional parts, failing the test if reading fails.
    fileprivate func read(
        _ body: String, styles: String? = nil, numbering: String? = nil, footnotes: String? = nil,
        endnotes: String? = nil,
        relationships: String? = nil, media: [String: Data] = [:]
    ) throws -> ImportedDocument {
        var parts: [(String, Data)] = [
            ("[Content_Types].xml", Data(Docx.contentTypes.utf8)),
            ("word/document.xml", Data(Docx.document(body).utf8)),
        ]
        if let styles { parts.append(("word/styles.xml", Data(Docx.styles(styles).utf8))) }
        if let numbering { parts.append(("word/numbering.xml", Data(Docx.numbering(numbering).utf8))) }
        if let footnotes { parts.append(("word/footnotes.xml", Data(Docx.footnotes(footnotes).utf8))) }
        if let endnotes {
            parts.append(
                (
                    "word/endnotes.xml",
                    Data("\(Docx.header)<w:endnotes \(Docx.namespaces)>\(endnotes)</w:endnotes>".utf8)
                ))
        }
        if let relationships { parts.append(("word/_rels/document.xml.rels", Data(relationships.utf8))) }
        parts += media.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        return try withDocx(parts) { url in try DocxReader(file: "f.docx").read(url) }
    }

    /// The failure of reading a document of these parts (or of `rawBytes`); fails the test if reading succeeds.
    fileprivate func readFailure(
        _ parts: [(String, String)], rawBytes: Data? = nil, limits: DocxReader.Limits = .init(),
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> BuildFailure {
        try TestSupport.withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("f.docx")
            if let rawBytes {
                try rawBytes.write(to: url)
            } else {
                try Docx.write(parts.map { ($0.0, Data($0.1.utf8)) }, to: url)
            }
            do throws(BuildFailure) {
                let document = try DocxReader(file: "f.docx", limits: limits).read(url)
                Issue.record("read \(document.blocks.count) blocks instead of failing", sourceLocation: sourceLocation)
                return BuildFailure(diagnostics: [])
            } catch {
                return error
            }
        }
    }

    /// Writes the parts as `f.docx` in a temporary folder and runs `body` on its URL.
    fileprivate func withDocx<T>(_ parts: [(String, Data)], _ body: (URL) throws -> T) throws -> T {
        try TestSupport.withTemporaryDirectory { folder in
            let url = folder.appendingPathComponent("f.docx")
            try Docx.write(parts, to: url)
            return try body(url)
        }
    }
}

/// The parts of a minimal Word document, zipped with ZIPFoundation.
private enum Docx {
    static let main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let namespaces = """
        xmlns:w="\(main)" xmlns:r="\(relationshipsNamespace)" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" \
        xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
        xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" \
        xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" \
        xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" \
        xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
        """
    static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
    static let contentTypes = """
        \(header)<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
        """

    static func document(_ body: String) -> String {
        """
        \(header)<w:document \(namespaces) mc:Ignorable="w14"><w:body>\(body)\
        <w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>
        """
    }

    static func styles(_ styles: String) -> String {
        "\(header)<w:styles \(namespaces)><w:docDefaults/>\(styles)</w:styles>"
    }

    static func numbering(_ numbering: String) -> String {
        "\(header)<w:numbering \(namespaces)>\(numbering)</w:numbering>"
    }

    static func footnotes(_ footnotes: String) -> String {
        "\(header)<w:footnotes \(namespaces)>\(footnotes)</w:footnotes>"
    }

    static func relationships(_ relationships: [(id: String, target: String, external: Bool)]) -> String {
        relationshipsXML(relationships, type: "image")
    }

    static func relationshipsXML(_ relationships: [(id: String, target: String, external: Bool)], type: String)
        -> String
    {
        let items = relationships.map { relationship in
            let mode = relationship.external ? #" TargetMode="External""# : ""
            return #"<Relationship Id="\#(relationship.id)" Type="\#(relationshipsNamespace)/\#(type)" "#
                + #"Target="\#(relationship.target)"\#(mode)/>"#
        }
        return "\(header)<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + items.joined() + "</Relationships>"
    }

    /// A paragraph of the given runs, with a style and other paragraph properties.
    static func p(_ runs: String, style: String? = nil, properties: String = "") -> String {
        let styleProperty = style.map { #"<w:pStyle w:val="\#($0)"/>"# } ?? ""
        let allProperties = styleProperty + properties
        return "<w:p>" + (allProperties.isEmpty ? "" : "<w:pPr>\(allProperties)</w:pPr>") + runs + "</w:p>"
    }

    /// A run of text with run properties.
    static func r(_ text: String, _ properties: String = "") -> String {
        let text = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return "<w:r>" + (properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>")
            + #"<w:t xml:space="preserve">\#(text)</w:t></w:r>"#
    }

    /// A run holding an inline picture, as Word writes it.
    static func drawing(_ relationshipID: String) -> String {
        """
        <w:r><w:rPr><w:noProof/></w:rPr><w:drawing><wp:inline distT="0" distB="0"><wp:extent cx="381000" cy="285750"/>\
        <wp:docPr id="1" name="图片 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">\
        <pic:pic><pic:nvPicPr><pic:cNvPr id="0" name="活动照片"/><pic:cNvPicPr/></pic:nvPicPr>\
        <pic:blipFill><a:blip r:embed="\(relationshipID)"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>\
        <pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>
        """
    }

    /// The start of a PNG file, 40 × 30 pixels.
    static let png = Data(
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]
            + [0x00, 0x00, 0x00, 40, 0x00, 0x00, 0x00, 30, 0x08, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00])

    /// The start of a JPEG file, 64 × 48 pixels.
    static let jpeg = Data(
        [0xFF, 0xD8, 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x00, 48, 0x00, 64, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01])

    static func write(_ parts: [(String, Data)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                provider: { position, size in data.subdata(in: Int(position)..<Int(position) + size) })
        }
    }
}
