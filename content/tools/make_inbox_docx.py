#!/usr/bin/env python3
"""Writes content/inbox/桃源镇经验材料.docx: a fictional township's experience report as Word saves it
(title and heading styles, a numbered list, bold, a table, a footnote and a picture), so that the
sample shows the path from Word to the site with `dangjian import`. Deterministic: fixed zip
timestamps, no randomness."""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = os.path.dirname(HERE)
OUT = os.path.join(CONTENT, "inbox", "桃源镇经验材料.docx")
PICTURE = os.path.join(CONTENT, "showcase", "yunling-tea", "workshop.png")

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' \
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' \
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"'


def run(text, bold=False):
    properties = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{properties}<w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(*runs, style=None, numbered=None):
    properties = ""
    if style or numbered is not None:
        properties = "<w:pPr>"
        if style:
            properties += f'<w:pStyle w:val="{style}"/>'
        if numbered is not None:
            properties += f'<w:numPr><w:ilvl w:val="{numbered}"/><w:numId w:val="1"/></w:numPr>'
        properties += "</w:pPr>"
    return f"<w:p>{properties}{''.join(runs)}</w:p>"


def cell(text):
    return f"<w:tc>{paragraph(run(text))}</w:tc>"


def table(rows):
    return "<w:tbl>" + "".join("<w:tr>" + "".join(cell(text) for text in row) + "</w:tr>" for row in rows) + "</w:tbl>"


PICTURE_RUN = (
    '<w:r><w:drawing><wp:inline><wp:extent cx="4572000" cy="2857500"/><wp:docPr id="1" name="图片 1"/>'
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
    '<pic:blipFill><a:blip r:embed="rIdImage1"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
    "</wp:inline></w:drawing></w:r>")

BODY = "".join([
    paragraph(run("桃源镇党建指导员联系小微企业的做法"), style="Title"),
    paragraph(run("桃源镇两新组织以小微企业为主，党员少、分布散。今年以来，镇党委以党建指导员为纽带，"
                  "推动党的组织和工作向小微企业延伸。"),
              '<w:r><w:footnoteReference w:id="1"/></w:r>'),
    paragraph(run("一、选准配强指导员"), style="Heading1"),
    paragraph(run("镇党委从机关干部、退休教师和村党组织书记中选派指导员，每人联系三至五家企业。")),
    paragraph(run("二、建立三项工作制度"), style="Heading1"),
    paragraph(run("每月走访制度：", bold=True), run("指导员每月到联系企业走访一次，了解党员和入党积极分子情况。"), numbered=0),
    paragraph(run("双向报告制度：", bold=True), run("企业有党员流入流出，由指导员及时报告镇党委。"), numbered=0),
    paragraph(run("年度评议制度：", bold=True), run("年底由联系企业对指导员工作进行评议。"), numbered=0),
    paragraph(run("三、工作成效"), style="Heading1"),
    paragraph(run("全镇两新组织组织覆盖率达到55.6%，应建未建企业减少到1家。")),
    table([["项目", "2024年", "2025年"], ["两新组织（家）", "25", "27"], ["党组织（个）", "12", "14"]]),
    paragraph(PICTURE_RUN),
    paragraph(run("指导员在联系企业开展走访")),
    paragraph(run("中共桃源镇委员会")),
    paragraph(run("2025年12月5日")),
])

DOCUMENT = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{BODY}</w:body></w:document>'

STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:styles {W}>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
    "</w:styles>")

NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:numbering {W}>'
    '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl></w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    "</w:numbering>")

FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:footnotes {W}>'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>数据截至2025年11月底。</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>")

RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
    '<Relationship Id="rIdImage1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>'
    "</Relationships>")

PACKAGE_RELATIONSHIPS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    "</Relationships>")

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Default Extension="png" ContentType="image/png"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>")


def main():
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(PICTURE, "rb") as picture:
        image = picture.read()
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", PACKAGE_RELATIONSHIPS),
        ("word/document.xml", DOCUMENT), ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING),
        ("word/footnotes.xml", FOOTNOTES), ("word/_rels/document.xml.rels", RELATIONSHIPS),
        ("word/media/image1.png", image),
    ]
    with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(2025, 12, 5, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    print(OUT)


if __name__ == "__main__":
    main()
