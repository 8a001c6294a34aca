"""Writes the messy fixture files that must be bytes, not text: a GB18030 CSV and two .xlsx files.

Run from this folder: python3 make_fixtures.py (needs openpyxl). The outputs are committed.
"""
import io
import re
import zipfile

import openpyxl

rows = [
    "测试县非公企业党建工作统计表（2024年）,,,,,,,,",
    "年度,企业名称,乡镇,从业人员,党员情况,,组建方式,指导员,备注",
    ",,,,正式党员,预备党员,,,",
    "2024,东一机械有限公司,东镇,８５,5,1,单独组建,,",
    '2024,东二服饰,东,"1,200",12名,0,单独组建,,',
    ",,,,,,,,",
    "2024,东三商贸有限公司,东镇,30,×,0,未建,张三,",
    "2024,西一物流有限公司,西街道,60,**,0,挂靠,,",
    "2024,东一机械有限公司,东镇,85,5,1,单独组建,,重复填报",
    "2024,南一有限公司,南镇,10,0,0,未建,,",
    "合计,,,1400,,1,,,",
]
with open("data/enterprises-2024.csv", "wb") as f:
    f.write(("\r\n".join(rows) + "\r\n").encode("gb18030"))


def as_excel_would_save(data):
    """Rewrites openpyxl's output the way Excel stores it: strings in xl/sharedStrings.xml (all but
    the last header cell, which stays an inline string) and the formula's cached result (90 - 30)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    strings = []

    def share(match):
        text = match.group(2)
        if match.group(1) == b"H1":
            return match.group(0)
        if text not in strings:
            strings.append(text)
        return b'<c r="' + match.group(1) + b'" t="s"><v>' + str(strings.index(text)).encode() + b"</v></c>"

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                content = re.sub(rb'<c r="([A-Z]+[0-9]+)" t="inlineStr"><is><t>(.*?)</t></is></c>', share, content)
                content = content.replace(b"<f>D2-30</f><v />", b"<f>D2-30</f><v>60</v>")
                assert b"<v>60</v>" in content and b't="s"' in content and b"inlineStr" in content
            if item.filename == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
                    b'officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            if item.filename == "xl/_rels/workbook.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdShared" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
            target.writestr(item, content)
        shared = b"".join(b"<si><t>" + text + b"</t></si>" for text in strings)
        target.writestr(
            "xl/sharedStrings.xml",
            b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            b'2006/main" count="%d" uniqueCount="%d">' % (len(strings), len(strings)) + shared + b"</sst>")
    return out.getvalue()


def workbook(path, formula_cached):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2025年"
    ws.append(["年度", "企业名称", "乡镇", "从业人员", "正式党员", "预备党员", "组建方式", "成立日期"])
    ws.append([2025, "东一机械有限公司", "东镇", 90, 6, 0, "单独组建", None])
    ws.append([2025, "东二服饰集团有限公司", "东镇", 1210, 13, 1, "单独组建", None])
    ws.append([2025, "西一物流有限公司", "西街道", None, 3, 0, "挂靠", None])
    ws["D4"] = "=D2-30"
    import datetime
    ws["H2"] = datetime.date(2019, 3, 15)
    ws["H2"].number_format = "yyyy-mm-dd"
    buffer = io.BytesIO()
    wb.save(buffer)
    data = buffer.getvalue()
    if formula_cached:
        data = as_excel_would_save(data)
    with open(path, "wb") as f:
        f.write(data)


workbook("data/enterprises-2025.xlsx", formula_cached=True)
workbook("uncached-formula.xlsx", formula_cached=False)
