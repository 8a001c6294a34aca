import Foundation
import Testing

@testable import DangjianKit

/// The briefing pack's generated sentences and its page.
@Suite("Briefing pack")
struct BriefingTests {
    let text = BriefingText(format: FigureFormatter(decimals: 1), decimals: 1)

    @Test func risesFallsAndNoChangeReadAsChineseDoes() {
        #expect(
            text.rate(title: "组织覆盖率", unit: "家", Ratio(230, 348), previous: Ratio(199, 331))
                == "组织覆盖率 66.1%（230/348 家），较上年提高 6.0 个百分点")
        #expect(
            text.rate(title: "100人以上企业有党组织率", unit: "家", Ratio(40, 42), previous: Ratio(38, 39))
                == "100人以上企业有党组织率 95.2%（40/42 家），较上年下降 2.2 个百分点")
        #expect(text.rate(title: "某率", unit: "家", Ratio(1, 2), previous: Ratio(2, 4)) == "某率 50.0%（1/2 家），与上年持平")
        #expect(text.rate(title: "某率", unit: "家", Ratio(1, 2), previous: nil) == "某率 50.0%（1/2 家）")
        #expect(text.rate(title: "某率", unit: "家", Ratio(1, 2), previous: Ratio(0, 0)) == "某率 50.0%（1/2 家）")
        #expect(text.rate(title: "某率", unit: "家", Ratio(0, 0), previous: Ratio(1, 2)) == "某率无可计算的对象（分母为 0）")
        #expect(text.count(348, unit: "家", previous: 331) == "348 家，比上年增加 17 家")
        #expect(text.count(1_440, unit: "名", previous: 1_500) == "1,440 名，比上年减少 60 名")
        #expect(text.count(7, unit: "个", previous: 7) == "7 个，与上年持平")
        #expect(!text.rate(title: "率", unit: "家", Ratio(1, 3), previous: Ratio(2, 3)).contains("-"))
    }

    @Test func thePackOfEveryYearHasEveryChapterAndTheDashboardsFigures() throws {
        try TestSupport.withTemporaryDirectory { folder in
            let output = folder.appendingPathComponent("public")
            let sample = TestSupport.templates.deletingLastPathComponent().appendingPathComponent("content")
            try TestSupport.build(content: sample, output: output)
            let pack = try String(contentsOf: output.appendingPathComponent("briefing/index.html"), encoding: .utf8)
            for chapter in ["一、基本情况", "二、分乡镇情况", "三、存在问题", "四、示范点建设", "五、光荣榜", "附表：指标说明"] {
                #expect(pack.contains(chapter), "\(chapter)")
            }
            #expect(pack.contains("组织覆盖率 66.1%（230/348 家），较上年提高 6.0 个百分点"))
            #expect(pack.contains("内部资料 注意保存"))
            let dashboard = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
            #expect(dashboard.contains("66.1%") && dashboard.contains("href=\"briefing/index.html\""))
            for year in [2023, 2024] {
                let earlier = try String(
                    contentsOf: output.appendingPathComponent("briefing/\(year)/index.html"), encoding: .utf8)
                #expect(earlier.contains("\(year)年度两新组织党建工作汇报材料"))
            }
        }
    }
}
