import Foundation

/// Writes a deterministic synthetic content folder of the sample's shape at any size, for
/// benchmarks (`dangjian sample`, `make bench`): a region tree sized to the number of enterprises
/// (province → city → county → township, about 150 enterprises a township), one enterprise table
/// per year, honors, reports and showcases in proportion. The same arguments always give the
/// same bytes.
public struct SampleSiteGenerator: Sendable {
    /// Enterprises per year (about; the last township takes the remainder).
    public let enterprises: Int
    /// Years of data, ending with 2025.
    public let years: Int

    /// Enterprises in one township.
    static let perTownship = 150
    /// Townships in one county, counties in one city.
    static let townshipsPerCounty = 20
    static let countiesPerCity = 10

    /// Creates a generator.
    public init(enterprises: Int, years: Int) {
        self.enterprises = max(1, enterprises)
        self.years = max(1, min(years, 20))
    }

    /// Writes the content folder; throws when it cannot write.
    public func write(to folder: URL) throws {
        let fileManager = FileManager.default
        for sub in ["data", "reports", "showcase"] {
            try fileManager.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
        }
        let tree = regions()
        var random = SplitMix(seed: 20_251_122)
        let firms = self.firms(townships: tree.townships, random: &random)
        try siteYAML(root: tree.root).write(
            to: folder.appendingPathComponent("site.yaml"), atomically: true, encoding: .utf8)
        try tree.csv.write(to: folder.appendingPathComponent("data/regions.csv"), atomically: true, encoding: .utf8)
        let firstYear = 2026 - years
        for year in firstYear...2025 {
            var random = SplitMix(seed: UInt64(year))
            try enterpriseTable(firms, year: year, firstYear: firstYear, random: &random)
                .write(
                    to: folder.appendingPathComponent("data/enterprises-\(year).csv"), atomically: true, encoding: .utf8
                )
        }
        try honors(firms, firstYear: firstYear, random: &random)
            .write(to: folder.appendingPathComponent("data/honors.csv"), atomically: true, encoding: .utf8)
        for county in tree.counties {
            for year in firstYear...2025 {
                try report(county: county, year: year).write(
                    to: folder.appendingPathComponent("reports/\(year)-\(county.code).md"), atomically: true,
                    encoding: .utf8)
            }
        }
        // One demonstration site per 300 enterprises, on firms with their own organisation.
        for (index, firm) in firms.enumerated() where index % 300 == 7 {
            try showcase(firm, index: index).write(
                to: folder.appendingPathComponent("showcase/site-\(index).md"), atomically: true, encoding: .utf8)
        }
    }
}

extension SampleSiteGenerator {
    struct Place {
        let code: String
        let name: String
    }

    struct Tree {
        var root = Place(code: "", name: "")
        var counties: [Place] = []
        var townships: [Place] = []
        var csv = "代码,名称,层级,上级代码,别名,排序\n"
    }

    /// The region tree: a county for up to 20 townships, a city above up to 10 counties, a
    /// province above several cities.
    func regions() -> Tree {
        var tree = Tree()
        let townshipCount = max(1, (enterprises + Self.perTownship - 1) / Self.perTownship)
        let countyCount = (townshipCount + Self.townshipsPerCounty - 1) / Self.townshipsPerCounty
        let cityCount = (countyCount + Self.countiesPerCity - 1) / Self.countiesPerCity
        func add(_ place: Place, level: String, parent: String?, order: Int) {
            tree.csv += "\(place.code),\(place.name),\(level),\(parent ?? ""),,\(order)\n"
        }
        let province = Place(code: "33", name: "样例省")
        if cityCount > 1 {
            tree.root = province
            add(province, level: "省", parent: nil, order: 1)
        }
        var township = 0
        for city in 0..<cityCount {
            let cityPlace = Place(code: "33\(String(format: "%02d", city + 1))", name: "样例\(Self.numeral(city + 1))市")
            if countyCount > 1 {
                if cityCount == 1 { tree.root = cityPlace }
                add(cityPlace, level: "市", parent: cityCount > 1 ? province.code : nil, order: city + 1)
            }
            for county in 0..<min(Self.countiesPerCity, countyCount - city * Self.countiesPerCity) {
                let countyPlace = Place(
                    code: cityPlace.code + String(format: "%02d", county + 1),
                    name: "\(Self.numeral(city + 1))\(Self.numeral(county + 1))县")
                if countyCount == 1 { tree.root = countyPlace }
                add(countyPlace, level: "县", parent: countyCount > 1 ? cityPlace.code : nil, order: county + 1)
                tree.counties.append(countyPlace)
                for index in 0..<Self.townshipsPerCounty where township < townshipCount {
                    let place = Place(
                        code: countyPlace.code + String(format: "%03d", index + 1),
                        name: countyPlace.name.dropLast() + Self.townshipNames[index % Self.townshipNames.count])
                    add(place, level: index % 7 == 6 ? "街道" : "乡镇", parent: countyPlace.code, order: index + 1)
                    tree.townships.append(place)
                    township += 1
                }
            }
        }
        return tree
    }

    static let townshipNames = [
        "城关镇", "溪口镇", "白沙镇", "云岭镇", "枫林镇", "桃源乡", "南湖街道", "石门乡", "青山镇", "河东镇", "龙泉镇", "梅园乡",
        "凤鸣街道", "松溪镇", "新塘镇", "金坑乡", "柳湾镇", "大洋镇", "竹林乡", "西岭街道",
    ]

    /// 一 … 九十九, for place names.
    static func numeral(_ number: Int) -> String {
        let digits = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        if number < 10 { return digits[number] }
        return (number / 10 == 1 ? "" : digits[number / 10]) + "十" + digits[number % 10]
    }

    /// One synthetic firm: its identity and the figures that drift a little each year.
    struct Firm {
        let index: Int
        let name: String
        let creditCode: String
        let township: Place
        let industry: String
        let isSocial: Bool
        let staff: Int
        let members: Int
        let mode: String
        let joinsInYear: Int
        let instructor: Bool
        let stars: Int
    }

    static let industries = ["制造业", "批发零售", "建筑业", "信息技术", "住宿餐饮", "交通运输", "商务服务", "社会服务"]
    static let words = ["恒达", "瑞丰", "华信", "博远", "明辉", "云岭", "嘉和", "方圆", "卓越", "新禾", "晨曦", "联发"]

    func firms(townships: [Place], random: inout SplitMix) -> [Firm] {
        let firstYear = 2026 - years
        return (0..<enterprises).map { index in
            let township = townships[min(index / Self.perTownship, townships.count - 1)]
            let isSocial = random.next(100) < 8
            let staff = [3, 8, 15, 30, 60, 120, 400][random.next(7)] + random.next(20)
            let members = random.next(100) < 45 ? random.next(max(2, staff / 12)) + 1 : 0
            let modeRoll = random.next(100)
            let mode =
                members >= 3 && modeRoll < 70 ? "单独组建" : modeRoll < 20 ? "联合组建" : modeRoll < 28 ? "挂靠" : "未建"
            let word = Self.words[index % Self.words.count]
            return Firm(
                index: index, name: "\(township.name)\(word)\(isSocial ? "协会" : "有限公司")\(index)",
                creditCode: "91" + String(township.code.prefix(6)).padding(toLength: 6, withPad: "0", startingAt: 0)
                    + String(format: "%010X", index),
                township: township, industry: isSocial ? "社会服务" : Self.industries[random.next(Self.industries.count)],
                isSocial: isSocial, staff: staff, members: members, mode: mode,
                joinsInYear: random.next(100) < 85 ? firstYear : firstYear + random.next(years),
                instructor: random.next(100) < 30,
                stars: random.next(6))
        }
    }

    func enterpriseTable(_ firms: [Firm], year: Int, firstYear: Int, random: inout SplitMix) -> String {
        var csv =
            "年度,企业名称,统一社会信用代码,乡镇,组织类别,行业,是否三有,是否规上,从业人员,正式党员,预备党员,入党积极分子,当年发展党员,组建方式,党组织名称,党组织类型,联合党组织编号,指导员,星级,六有达标,备注\n"
        csv.reserveCapacity(firms.count * 160)
        let grown = year - firstYear
        for firm in firms where firm.joinsInYear <= year {
            let staff = firm.staff + random.next(3) * grown
            let members = firm.members + (firm.members > 0 ? random.next(2) * grown : 0)
            let organised = firm.mode == "单独组建" || firm.mode == "联合组建"
            // Joint branches of about five firms each, numbered within the township.
            let branch = "\(firm.township.code)-\(firm.index % Self.perTownship / 5)"
            let organisation =
                firm.mode == "单独组建" ? "中共\(firm.name)支部委员会" : firm.mode == "联合组建" ? "联合党支部\(branch)" : ""
            let type = firm.mode == "单独组建" ? "党支部" : firm.mode == "联合组建" ? "联合党支部" : ""
            let joint = firm.mode == "联合组建" ? "LH-\(branch)" : ""
            csv += "\(year),\(firm.name),\(firm.creditCode),\(firm.township.name),\(firm.isSocial ? "社会组织" : "非公企业"),"
            csv +=
                "\(firm.industry),是,\(staff >= 100 ? "是" : "否"),\(staff),\(members),\(random.next(2)),\(random.next(3)),"
            csv += "\(random.next(2)),\(firm.mode),\(organisation),\(type),\(joint),\(firm.instructor ? "王指导" : ""),"
            csv += organised ? "\(firm.stars),\(firm.stars >= 3 ? "是" : "否")," : ",,"
            csv += "\n"
        }
        return csv
    }

    func honors(_ firms: [Firm], firstYear: Int, random: inout SplitMix) -> String {
        var csv = "年度,类别,层级,对象,对象类型,所在企业,乡镇,授予机关,文号,事迹,照片,统一社会信用代码\n"
        for year in firstYear...2025 {
            for (index, firm) in firms.enumerated() where index % 50 == year % 50 && firm.members > 0 {
                let person = random.next(2) == 0
                csv += "\(year),\(person ? "优秀共产党员" : "先进基层党组织"),县,\(person ? "党员\(index)" : "中共\(firm.name)支部委员会"),"
                csv +=
                    "\(person ? "个人" : "组织"),\(firm.name),\(firm.township.name),中共样例县委,样委〔\(year)〕\(index % 90 + 1)号,"
                csv += "带头攻坚，成效明显,,\(firm.creditCode)\n"
            }
        }
        return csv
    }

    func report(county: Place, year: Int) -> String {
        var text = """
            ---
            title: \(year)年\(county.name)两新组织党建工作总结
            date: \(year)-12-01
            region: "\(county.code)"
            type: 工作总结
            visibility: 公开
            summary: \(county.name)\(year)年两新组织党建工作情况。
            ---

            ## 一、基本情况

            """
        for paragraph in 1...6 {
            text += "\n第\(paragraph)部分：全县围绕组织覆盖和工作覆盖两项任务，推动党组织应建尽建，党建指导员联系未建企业，"
            text += "开展星级评定和三会一课规范化建设，党员先锋岗在生产一线发挥作用。\n"
        }
        text += "\n| 项目 | 数量 |\n|---|---:|\n| 党组织 | \(year % 97) |\n| 党员 | \(year % 89 * 10) |\n"
        return text
    }

    func showcase(_ firm: Firm, index: Int) -> String {
        """
        ---
        enterprise: \(firm.creditCode)
        level: \(["县级", "乡镇级", "市级"][index % 3])
        named_year: \(2026 - years)
        status: 命名
        features: [党员先锋岗, 党建阵地]
        summary: \(firm.name)以党建引领生产经营。
        ---

        ## 特色做法

        党组织与生产经营同谋划、同部署，党员在技术攻关和安全生产中走在前面。

        """
    }

    func siteYAML(root: Place) -> String {
        """
        title: \(root.name)两新组织党建工作数据平台（合成数据）
        organisation: 合成数据
        root_region: "\(root.code)"
        headline_indicators: [I1, I2, I3, I5, I6, I8]
        targets:
          I1: 60

        """
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same site everywhere.
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(bound, 1)))
    }
}
