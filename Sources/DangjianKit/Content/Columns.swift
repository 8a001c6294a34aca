/// The columns of regions.csv (区划).
enum RegionColumns {
    static let code = TableColumn("代码", aliases: ["code", "区划代码"], required: true)
    static let name = TableColumn("名称", aliases: ["name", "区划名称"], required: true)
    static let level = TableColumn("层级", aliases: ["level"], required: true)
    static let parent = TableColumn("上级代码", aliases: ["parent", "parent_code"])
    static let aliases = TableColumn("别名", aliases: ["aliases", "alias"])
    static let order = TableColumn("排序", aliases: ["order", "sort"])
    static let all = [code, name, level, parent, aliases, order]
}

/// The columns of an enterprises table (企业年度), matched by Chinese name or English alias.
enum EnterpriseColumns {
    static let year = TableColumn("年度", aliases: ["year", "年份"], required: true)
    static let name = TableColumn("企业名称", aliases: ["name", "企业（社会组织）名称", "单位名称"], required: true)
    static let creditCode = TableColumn("统一社会信用代码", aliases: ["uscc", "credit_code", "信用代码"])
    static let township = TableColumn("乡镇", aliases: ["township", "所属乡镇", "乡镇（街道）", "属地"], required: true)
    /// 区县: which county a township name belongs to, where names repeat (city-scale data).
    static let county = TableColumn("区县", aliases: ["county", "所属区县", "县（市、区）", "县市区"])
    static let category = TableColumn("组织类别", aliases: ["category", "类别"])
    static let industry = TableColumn("行业", aliases: ["industry", "所属行业"])
    static let active = TableColumn("是否三有", aliases: ["active", "三有"])
    static let aboveSize = TableColumn("是否规上", aliases: ["above_size", "规上"])
    static let staff = TableColumn("从业人员", aliases: ["staff", "employees", "从业人员数", "职工人数"])
    static let fullMembers = TableColumn("正式党员", aliases: ["members", "full_members", "正式党员数"])
    static let probationaryMembers = TableColumn("预备党员", aliases: ["probationary", "probationary_members", "预备党员数"])
    static let activists = TableColumn("入党积极分子", aliases: ["activists"])
    static let recruited = TableColumn("当年发展党员", aliases: ["recruited", "发展党员"])
    static let mode = TableColumn("组建方式", aliases: ["mode", "formation"])
    static let organisationName = TableColumn("党组织名称", aliases: ["organisation", "organisation_name"])
    static let organisationType = TableColumn("党组织类型", aliases: ["organisation_type"])
    static let jointID = TableColumn("联合党组织编号", aliases: ["joint_id", "联合编号"])
    static let instructor = TableColumn("指导员", aliases: ["instructor", "党建工作指导员"])
    static let stars = TableColumn("星级", aliases: ["stars"])
    static let sixHaves = TableColumn("六有达标", aliases: ["six_haves", "六有"])
    static let note = TableColumn("备注", aliases: ["note", "remarks"])
    static let all = [
        year, name, creditCode, township, county, category, industry, active, aboveSize, staff, fullMembers,
        probationaryMembers, activists, recruited, mode, organisationName, organisationType, jointID, instructor,
        stars, sixHaves, note,
    ]
}

/// The columns of honors.csv (光荣榜).
enum HonorColumns {
    static let year = TableColumn("年度", aliases: ["year"], required: true)
    static let category = TableColumn("类别", aliases: ["category"], required: true)
    static let level = TableColumn("层级", aliases: ["level"])
    static let honoree = TableColumn("对象", aliases: ["honoree", "name", "名称"], required: true)
    static let kind = TableColumn("对象类型", aliases: ["kind", "type"])
    static let enterprise = TableColumn("所在企业", aliases: ["enterprise", "企业"])
    static let township = TableColumn("乡镇", aliases: ["township"])
    static let awardedBy = TableColumn("授予机关", aliases: ["awarded_by"])
    static let documentNumber = TableColumn("文号", aliases: ["document"])
    static let citation = TableColumn("事迹", aliases: ["citation"])
    static let photo = TableColumn("照片", aliases: ["photo"])
    static let politicalStatus = TableColumn("政治面貌", aliases: ["political_status", "是否党员"])
    static let creditCode = TableColumn("统一社会信用代码", aliases: ["uscc", "credit_code"])
    static let all = [
        year, category, level, honoree, kind, enterprise, township, awardedBy, documentNumber, citation, photo,
        politicalStatus, creditCode,
    ]
}

/// The columns of data/aliases.csv: other names of an enterprise.
enum AliasColumns {
    static let name = TableColumn("企业名称", aliases: ["name", "规范名称"], required: true)
    static let alias = TableColumn("别名", aliases: ["alias", "aliases", "曾用名", "简称"], required: true)
    static let township = TableColumn("乡镇", aliases: ["township"])
    static let all = [name, alias, township]
}

/// The columns of data/published.csv: figures printed in official reports.
enum PublishedColumns {
    static let region = TableColumn("区划", aliases: ["region", "乡镇", "地区"], required: true)
    static let year = TableColumn("年度", aliases: ["year"], required: true)
    static let indicator = TableColumn("指标", aliases: ["indicator"], required: true)
    static let value = TableColumn("数值", aliases: ["value", "公布值"], required: true)
    static let source = TableColumn("出处", aliases: ["source", "来源"])
    static let all = [region, year, indicator, value, source]
}
