#!/usr/bin/env python3
"""Generate the sample statistics of the fictional county 青溪县 (331190).

Run from the repository root:

    python3 content/tools/generate_sample_data.py

It writes, under content/data/:

  regions.csv              the county and its ten townships, streets and park
  enterprises-2023.csv     one row per enterprise (非公企业 / 社会组织) and year,
  enterprises-2024.csv       with staff, members, 组建方式, joint branches,
  enterprises-2025.csv       instructors, 星级 and 六有
  honors.csv               the 光荣榜 for 2023-2025

Everything is fictional: names of people, companies, associations and the
county itself are invented, and the 统一社会信用代码 values are made up (their
check characters are computed so that they are well formed, nothing more).

The data is a small simulation rather than independent random tables, so the
three years tell one consistent story:

  * most enterprises persist with the same name, township and USCC; each year
    about twenty new ones appear and a handful close;
  * probationary members (预备党员) recruited in year N become full members in
    year N+1, so 正式党员 grows by roughly 5-10 % a year county-wide;
  * firms with >= 3 full members form their own organisation (单独组建), except
    a few deliberate 应建未建 cases; firms with 1-2 members join a joint branch
    (联合组建, groups of 2-5 firms in one township) or are attached (挂靠);
  * the organisation coverage rate (I1) rises from about 55 % to about 66 %.

Ten "featured" enterprises have hand-written trajectories: they are the ones
the 示范点 pages in content/showcase/ and most honors refer to. Two more firms
with >= 100 staff are kept 未建 on purpose (a 双达标 gap), a few small units
have fixed starting values (the same name in two townships; a name with ASCII
quotes), and a handful of rows spell the township with an alias from
regions.csv so that alias matching is exercised. Some 备注 values contain an
ASCII comma, so the CSV quoting is exercised too.

The reports in content/reports/ quote figures computed from these files; if
the parameters or the seed change, those figures must be updated.

The output is deterministic: a fixed seed, no dependence on hash order, and
only the standard library. Running the script twice gives identical bytes.
"""

import csv
import io
import os
import random

SEED = 331284
YEARS = (2023, 2024, 2025)

HERE = os.path.dirname(os.path.abspath(__file__))
DATA_DIR = os.path.normpath(os.path.join(HERE, "..", "data"))

ENTERPRISE_HEADER = [
    "年度", "企业名称", "统一社会信用代码", "乡镇", "组织类别", "行业", "是否三有",
    "是否规上", "从业人员", "正式党员", "预备党员", "入党积极分子", "当年发展党员",
    "组建方式", "党组织名称", "党组织类型", "联合党组织编号", "指导员", "星级",
    "六有达标", "备注",
]
REGION_HEADER = ["代码", "名称", "层级", "上级代码", "别名", "排序"]
HONOR_HEADER = ["年度", "类别", "层级", "对象", "对象类型", "所在企业", "乡镇",
                "授予机关", "文号", "事迹", "照片"]

# ---------------------------------------------------------------------------
# Regions
# ---------------------------------------------------------------------------

# code, name, level, aliases, order, number of enterprises in 2023, profile
TOWNSHIPS = [
    ("331190001", "城关街道", "街道", ["城关", "城关街道办事处"], 2, 52, "city"),
    ("331190002", "凤鸣街道", "街道", [], 3, 38, "office"),
    ("331190003", "南湖街道", "街道", ["南湖"], 4, 31, "city"),
    ("331190100", "溪口镇", "乡镇", ["溪口", "溪口镇人民政府"], 5, 44, "hardware"),
    ("331190101", "白沙镇", "乡镇", ["白沙"], 6, 30, "building"),
    ("331190102", "云岭镇", "乡镇", [], 7, 21, "rural"),
    ("331190103", "桃源镇", "乡镇", ["桃源"], 8, 26, "logistics"),
    ("331190104", "枫林镇", "乡镇", [], 9, 21, "wood"),
    ("331190200", "石门乡", "乡镇", ["石门"], 10, 11, "rural"),
    ("331190400", "青溪经济开发区", "园区", ["经开区", "青溪开发区", "开发区"], 11, 52, "park"),
]
TOWN_BY_NAME = {t[1]: t for t in TOWNSHIPS}
TOWN_ORDER = {t[1]: t[4] for t in TOWNSHIPS}
TOWN_SHORT = {
    "城关街道": "城关", "凤鸣街道": "凤鸣", "南湖街道": "南湖", "溪口镇": "溪口",
    "白沙镇": "白沙", "云岭镇": "云岭", "桃源镇": "桃源", "枫林镇": "枫林",
    "石门乡": "石门", "青溪经济开发区": "开发区",
}

# Industry weights for 非公企业 by township profile.
PROFILE_INDUSTRY = {
    "city": {"批发零售": 30, "住宿餐饮": 20, "商务服务": 18, "建筑业": 10,
             "信息技术": 8, "物流运输": 6, "制造业": 8},
    "office": {"信息技术": 30, "商务服务": 28, "批发零售": 14, "建筑业": 12,
               "住宿餐饮": 8, "制造业": 8},
    "hardware": {"制造业": 58, "物流运输": 14, "批发零售": 12, "建筑业": 6,
                 "住宿餐饮": 5, "商务服务": 5},
    "building": {"制造业": 40, "建筑业": 30, "批发零售": 15, "物流运输": 8,
                 "住宿餐饮": 7},
    "rural": {"制造业": 30, "住宿餐饮": 30, "批发零售": 22, "建筑业": 10,
              "物流运输": 8},
    "logistics": {"物流运输": 38, "制造业": 22, "批发零售": 20, "建筑业": 10,
                  "住宿餐饮": 10},
    "wood": {"制造业": 60, "批发零售": 16, "建筑业": 12, "住宿餐饮": 6,
             "物流运输": 6},
    "park": {"制造业": 72, "信息技术": 12, "物流运输": 8, "商务服务": 8},
}
# Share of 社会组织 by township profile.
PROFILE_SOCIAL = {"city": 0.30, "office": 0.22, "hardware": 0.11,
                  "building": 0.10, "rural": 0.12, "logistics": 0.12,
                  "wood": 0.10, "park": 0.05}

# ---------------------------------------------------------------------------
# Names
# ---------------------------------------------------------------------------

TRADE_NAMES = (
    "鑫源 宏泰 永盛 金诚 天禾 润通 安澜 鼎力 聚能 康宁 "
    "远航 利源 恒泰 宏远 信达 丰源 盛华 卓越 精工 立新 泰和 同创 汇众 青峰 溪源 百川 "
    "德润 景川 和顺 诚泰 佳宁 春晖 鸿运 双林 广源 昌隆 瑞祥 腾越 新禾 金穗 长兴 "
    "裕丰 凯达 优联 合力 益民 万家 翠峰 清源 方圆 海纳 启航 宏图 星辰 众诚 祥和 "
    "东升 南溪 北岭 云帆 竹韵 木森 正阳 中和 至诚 德鑫 永康 福源 朝阳 兴旺 金桥 联发 "
    "大成 新锐 泓源 晟达 铭远 博雅 知行 智联 数云 睿思 芯源 恒远 丰泽 禾田 泰丰 固德 "
    "华邦 嘉禾 敏达 聚源 宏基 润泽 鹏程 晨曦 卓航 通和 浩瀚 凌云 锐进 沃土 盈科 瀚海"
).split()
# trade names for schools, and for care homes and service centres
EDU_TRADE_NAMES = "书香 乐童 启明 慧心 春晖 晨曦 新禾 知行 博雅 育才 小树苗 星星".split()
CARE_TRADE_NAMES = "安居 颐和 仁爱 康乐 善行 和美 众诚 益民 祥和 康宁 佳宁 清源 万家 和顺".split()

# industry -> list of (name word, suffix choices)
INDUSTRY_WORDS = {
    "制造业": [("机械", "有限公司"), ("五金制品", "有限公司"), ("服饰", "有限公司"),
            ("电子科技", "有限公司"), ("塑业", "有限公司"), ("包装", "有限公司"),
            ("食品", "有限公司"), ("阀门", "有限公司"), ("竹木制品", "有限公司"),
            ("新材料科技", "有限公司"), ("汽车配件", "有限公司"), ("纺织", "有限公司"),
            ("家具", "有限公司"), ("模具", "有限公司"), ("电器", "有限公司"),
            ("工艺品", "有限公司"), ("印务", "有限公司"), ("新型建材", "有限公司"),
            ("纸业", "有限公司"), ("泵业", "有限公司"), ("轴承", "有限公司"),
            ("铸造", "有限公司"), ("茶业", "有限公司"), ("锁具", "有限公司")],
    "建筑业": [("建设", "有限公司"), ("建筑工程", "有限公司"), ("装饰工程", "有限公司"),
            ("市政工程", "有限公司"), ("园林绿化工程", "有限公司"), ("水电安装", "有限公司")],
    "批发零售": [("商贸", "有限公司"), ("超市", "有限公司"), ("建材", "商行"),
             ("医药连锁", "有限公司"), ("农资", "有限公司"), ("百货", "有限公司"),
             ("汽车销售服务", "有限公司"), ("粮油", "经营部")],
    "住宿餐饮": [("酒店", "有限公司"), ("餐饮管理", "有限公司"), ("大酒店", "有限公司"),
             ("民宿", "有限公司"), ("宾馆", "有限公司")],
    "信息技术": [("网络科技", "有限公司"), ("信息技术", "有限公司"), ("软件", "有限公司"),
             ("电子商务", "有限公司"), ("数字科技", "有限公司")],
    "物流运输": [("物流", "有限公司"), ("运输", "有限公司"), ("供应链管理", "有限公司"),
             ("货运", "有限公司"), ("冷链物流", "有限公司")],
    "商务服务": [("人力资源", "有限公司"), ("财务咨询", "有限公司"), ("物业管理", "有限公司"),
             ("广告传媒", "有限公司"), ("会展服务", "有限公司"), ("保安服务", "有限公司"),
             ("企业管理咨询", "有限公司")],
}

ASSOCIATIONS = [
    "青溪县五金行业协会", "青溪县建筑业协会", "青溪县餐饮行业协会", "青溪县电子商务协会",
    "青溪县个体劳动者协会", "青溪县茶叶行业协会", "青溪县竹木制品行业协会",
    "青溪县女企业家协会", "青溪县青年企业家协会", "青溪县民办教育协会",
    "青溪县家政服务行业协会", "青溪县汽车维修行业协会", "青溪县纺织服装商会",
    "溪口镇商会", "白沙镇商会", "青溪经济开发区企业联合会", "青溪县旅游民宿协会",
    "青溪县快递行业协会", "青溪县养老服务业协会", "青溪县广告行业协会",
]
EDU_WORDS = ["幼儿园", "职业技能培训学校", "艺术培训学校", "实验学校", "托育中心"]
SOCIAL_WORDS = ["社会工作服务中心", "居家养老服务中心", "志愿服务中心", "颐养院",
                "康复中心", "社区服务中心"]

# Fictional people. Instructors are township or county officials.
INSTRUCTORS = {
    "城关街道": ["钱卫东", "叶晓琴", "程立伟", "葛慧敏"],
    "凤鸣街道": ["方志远", "骆雅婷", "许成刚"],
    "南湖街道": ["邵春燕", "陶建明", "施佳怡"],
    "溪口镇": ["蒋国平", "汤敏", "吕剑锋", "郑秀兰"],
    "白沙镇": ["俞海涛", "金素芳", "潘立军"],
    "云岭镇": ["柯文斌", "应丽萍"],
    "桃源镇": ["卢志强", "华晓露", "毛建新"],
    "枫林镇": ["童永良", "姚美霞"],
    "石门乡": ["戴春林", "傅小燕"],
    "青溪经济开发区": ["章宏亮", "胡晓岚", "严一鸣", "屠文静"],
}
# 2025: one instructor per township is replaced (换届后调整).
INSTRUCTORS_2025 = {
    "溪口镇": ("吕剑锋", "曹振宇"), "城关街道": ("程立伟", "任思雨"),
    "青溪经济开发区": ("严一鸣", "谢凯文"), "桃源镇": ("毛建新", "孔令辉"),
}

# ---------------------------------------------------------------------------
# USCC (统一社会信用代码), GB 32100-2015 shape with computed check characters
# ---------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def org_value(c):
    if c.isdigit():
        return int(c)
    return ord(c) - ord("A") + 10


def make_uscc(rng, prefix2, used):
    while True:
        body = "".join(rng.choice(ORG_CHARS) for _ in range(8))
        s = sum(org_value(c) * w for c, w in zip(body, ORG_WEIGHTS))
        c9 = 11 - s % 11
        org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
        first17 = prefix2 + "331190" + org
        s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
        check = (31 - s % 31) % 31
        code = first17 + USCC_CHARS[check]
        if code not in used:
            used.add(code)
            return code


# ---------------------------------------------------------------------------
# Enterprise model
# ---------------------------------------------------------------------------


class Firm:
    def __init__(self, key, name, town, category, industry):
        self.key = key
        self.name = name
        self.town = town
        self.category = category
        self.industry = industry
        self.uscc = ""
        self.shell = False
        self.featured = False
        self.special = False
        self.first_year = YEARS[0]
        self.last_year = YEARS[-1]
        self.staff = {}
        self.M = {}
        self.Pm = {}
        self.act = {}
        self.dev = {}
        self.guishang = {}
        self.mode = {}
        self.branch = {}       # year -> joint branch id
        self.org_type = {}
        self.org_name = {}
        self.instructor = {}
        self.stars = {}
        self.liuyou = {}
        self.note = {}
        self.town_text = {}
        self.forced_unbuilt = set()   # years in which a >=100-staff firm stays 未建
        self.u_instr = 0.0
        self.instr_index = 0
        self.star_latent = None
        self.liuyou_latent = 0.0
        self.org_style = 0.0

    def active(self, y):
        return self.first_year <= y <= self.last_year


# Hand-written trajectories: name, township, category, industry, uscc prefix,
# staff, M, dev (= 预备党员), activists, stars, 六有, 规上, notes.
FEATURED = [
    dict(name="青溪恒达机械有限公司", town="溪口镇", cat="非公企业", ind="制造业",
         staff=(412, 428, 446), M=(48, 52, 57), dev=(1, 4, 3), act=(6, 7, 6),
         stars=(4, 4, 5), liuyou=("是", "是", "是"), gs=True,
         note={2024: "2024年由党支部升格为党总支"}),
    dict(name="丽川瑞丰纺织股份有限公司", town="青溪经济开发区", cat="非公企业", ind="制造业",
         staff=(1418, 1466, 1507), M=(104, 109, 115), dev=(5, 6, 6), act=(11, 12, 12),
         stars=(5, 5, 5), liuyou=("是", "是", "是"), gs=True, note={}),
    dict(name="青溪县华信电子科技有限公司", town="青溪经济开发区", cat="非公企业", ind="制造业",
         staff=(236, 252, 268), M=(22, 25, 28), dev=(2, 3, 2), act=(4, 5, 5),
         stars=(4, 5, 5), liuyou=("是", "是", "是"), gs=True, note={}),
    dict(name="青溪县嘉和建设集团有限公司", town="城关街道", cat="非公企业", ind="建筑业",
         staff=(652, 671, 690), M=(58, 61, 64), dev=(3, 3, 2), act=(5, 4, 5),
         stars=(4, 4, 4), liuyou=("是", "是", "是"), gs=True, note={}),
    dict(name="青溪县博远信息技术有限公司", town="凤鸣街道", cat="非公企业", ind="信息技术",
         staff=(118, 131, 146), M=(12, 14, 17), dev=(2, 2, 3), act=(3, 4, 4),
         stars=(3, 4, 5), liuyou=("否", "是", "是"), gs=True, note={}),
    dict(name="青溪县云岭茶业有限公司", town="云岭镇", cat="非公企业", ind="制造业",
         staff=(78, 84, 92), M=(5, 6, 7), dev=(1, 1, 1), act=(2, 2, 3),
         stars=(3, 3, 4), liuyou=("否", "是", "是"), gs=True, note={}),
    dict(name="青溪县物流行业协会", town="桃源镇", cat="社会组织", ind="行业协会",
         staff=(9, 10, 11), M=(4, 4, 5), dev=(0, 1, 0), act=(1, 1, 1),
         stars=(4, 4, 4), liuyou=("是", "是", "是"), gs=False, note={}),
    dict(name="青溪县南湖颐康养老服务中心", town="南湖街道", cat="社会组织", ind="社会服务",
         staff=(56, 61, 66), M=(5, 6, 7), dev=(1, 1, 1), act=(2, 3, 2),
         stars=(3, 4, 4), liuyou=("是", "是", "是"), gs=False, note={}),
    dict(name="青溪县明辉塑业有限公司", town="白沙镇", cat="非公企业", ind="制造业",
         staff=(152, 146, 138), M=(9, 10, 10), dev=(1, 0, 0), act=(2, 1, 1),
         stars=(4, 4, 3), liuyou=("是", "是", "否"), gs=True,
         note={2025: "2025年受环保行政处罚,示范点撤销"}),
    dict(name="溪口镇新雅服饰有限公司", town="溪口镇", cat="非公企业", ind="制造业",
         staff=(214, 197, 205), M=(0, 2, 3), dev=(0, 1, 0), act=(1, 2, 2),
         stars=(None, None, 2), liuyou=(None, None, "否"), gs=True,
         note={2024: "引进党员管理人员2名,组织关系挂靠镇企业党委",
               2025: "2025年单独组建党支部"}),
]
# Firms with >= 100 staff that stay 未建 (a 双达标 gap), by design.
UNBUILT_BIG = [
    dict(name="青溪县顺昌包装有限公司", town="白沙镇", ind="制造业",
         staff=(126, 131, 122), M=(0, 0, 0), years=YEARS),
    dict(name="青溪县锦程鞋业有限公司", town="青溪经济开发区", ind="制造业",
         staff=(None, None, 183), M=(None, None, 1), years=(2025,),
         note="2025年迁入,原注册地丽川市区"),
]
# Small units with fixed starting values that then evolve like the others:
# two names that occur in two townships (different sole proprietorships, with
# different USCC) and an association whose name carries ASCII quotes.
# name, township, category, industry, USCC prefix, staff 2023, members 2023
SPECIAL_FIRMS = [
    ("宏达建材商行", "白沙镇", "非公企业", "批发零售", "92", 9, 1),
    ("宏达建材商行", "桃源镇", "非公企业", "批发零售", "92", 6, 0),
    ("诚信汽车修理厂", "云岭镇", "非公企业", "居民服务", "92", 11, 1),
    ("诚信汽车修理厂", "石门乡", "非公企业", "居民服务", "92", 7, 0),
    ('青溪县"益路同行"志愿服务中心', "南湖街道", "社会组织", "社会服务", "52", 14, 2),
]

# Joint branches: id, township, name, first year, preferred industries.
JOINT_BRANCHES = [
    ("LH-331190100-01", "溪口镇", "溪口镇五金行业联合党支部", 2023, ("制造业",)),
    ("LH-331190100-02", "溪口镇", "溪口镇工业功能区联合党支部", 2024, ("物流运输", "批发零售")),
    ("LH-331190001-01", "城关街道", "城关街道商贸企业联合党支部", 2023, ("批发零售", "住宿餐饮")),
    ("LH-331190001-02", "城关街道", "城关街道社会组织联合党支部", 2023,
     ("行业协会", "民办教育", "社会服务")),
    ("LH-331190002-01", "凤鸣街道", "凤鸣街道楼宇企业联合党支部", 2023, ("信息技术", "商务服务")),
    ("LH-331190003-01", "南湖街道", "南湖街道小微企业联合党支部", 2023, ()),
    ("LH-331190101-01", "白沙镇", "白沙镇建材企业联合党支部", 2023, ("制造业", "建筑业")),
    ("LH-331190102-01", "云岭镇", "云岭镇农旅企业联合党支部", 2023, ("住宿餐饮", "制造业")),
    ("LH-331190103-01", "桃源镇", "桃源镇非公企业联合党支部", 2023, ()),
    ("LH-331190104-01", "枫林镇", "枫林镇竹木企业联合党支部", 2023, ("制造业",)),
    ("LH-331190200-01", "石门乡", "石门乡非公企业联合党支部", 2025, ()),
    ("LH-331190400-01", "青溪经济开发区", "青溪经济开发区中小企业联合党支部", 2023, ()),
]
TARGET_I1 = {2023: 0.55, 2024: 0.60, 2025: 0.66}
# Number of deliberate 应建未建 firms (>= 3 full members, not 单独组建).
EXCEPTIONS_KEEP = {2024: 3, 2025: 2}
EXCEPTIONS_NEW = {2023: 7, 2024: 3, 2025: 4}
CLOSURES = {2024: 7, 2025: 8}
NEW_FIRMS = {2024: 21, 2025: 22}


class Generator:
    def __init__(self):
        self.rng = random.Random(SEED)
        self.firms = []
        self.used_names = set()
        self.used_uscc = set()
        self.exceptions = {}   # year -> {firm key: 组建方式 of a deliberate 应建未建 case}
        self.groups = {}       # year -> {joint branch id: [member firms]}
        self.branch_star = {}  # joint branch id -> [星级, 六有 latent]
        self.honors = []
        self.honor_refs = []

    # -- helpers ----------------------------------------------------------
    def wchoice(self, weights):
        items = list(weights.items())
        total = sum(w for _, w in items)
        r = self.rng.random() * total
        for k, w in items:
            r -= w
            if r < 0:
                return k
        return items[-1][0]

    def new_firm(self, name, town, category, industry):
        f = Firm(len(self.firms), name, town, category, industry)
        self.used_names.add((name, town))
        self.used_names.add(name)
        self.firms.append(f)
        f.u_instr = self.rng.random()
        f.instr_index = self.rng.randrange(12)
        f.liuyou_latent = self.rng.random()
        f.org_style = self.rng.random()
        return f

    def make_name(self, town, category, industry):
        rng = self.rng
        for _ in range(1000):
            if category == "社会组织":
                if industry == "行业协会":
                    free = [a for a in ASSOCIATIONS if a not in self.used_names
                            and (a.startswith("青溪县") or a.startswith(town))]
                    if free:
                        return rng.choice(free)
                    industry = "社会服务"
                if industry == "民办教育":
                    trade = rng.choice(EDU_TRADE_NAMES)
                    word = rng.choice(EDU_WORDS)
                else:
                    trade = rng.choice(CARE_TRADE_NAMES)
                    word = rng.choice(SOCIAL_WORDS)
                prefix = rng.choice(["青溪县", "青溪县", TOWN_SHORT[town]])
                if prefix == "开发区":
                    prefix = "青溪县"
                name = prefix + trade + word
            else:
                word, suffix = rng.choice(INDUSTRY_WORDS[industry])
                trade = rng.choice(TRADE_NAMES)
                r = rng.random()
                if suffix in ("商行", "经营部"):
                    prefix = rng.choice(["青溪县", TOWN_SHORT[town], ""])
                elif r < 0.45:
                    prefix = "青溪县"
                elif r < 0.70:
                    prefix = "青溪"
                elif r < 0.85:
                    prefix = "丽川"
                else:
                    prefix = town if town != "青溪经济开发区" else "青溪"
                if prefix in ("开发区",):
                    prefix = "青溪"
                name = prefix + trade + word + suffix
            if name not in self.used_names:
                return name
        raise RuntimeError("name space exhausted")

    def draw_staff(self, town, category, industry, new=False):
        rng = self.rng
        profile = TOWN_BY_NAME[town][6]
        r = rng.random()
        if category == "社会组织":
            if industry == "行业协会":
                return rng.randint(3, 18)
            if r < 0.78:
                return rng.randint(6, 48)
            if r < 0.95:
                return rng.randint(50, 95)
            return rng.randint(100, 160)
        big = 0.09
        mid = 0.21
        if profile == "park":
            big, mid = 0.24, 0.27
        elif profile in ("rural",):
            big, mid = 0.04, 0.12
        elif profile in ("city", "office"):
            big, mid = 0.08, 0.16
        if industry in ("批发零售", "住宿餐饮", "商务服务") and profile != "park":
            big *= 0.6
        if new:
            big *= 0.4
            mid *= 0.8
        if r < big:
            if rng.random() < 0.12:
                return rng.randint(300, 620)
            return rng.randint(100, 290)
        if r < big + mid:
            return rng.randint(50, 99)
        # small firms: skewed towards 10-30
        return max(3, int(rng.triangular(4, 49, 15)))

    def draw_members(self, staff, category, new=False):
        rng = self.rng
        r = rng.random()
        if staff >= 100:
            if r < 0.05:
                return rng.randint(1, 2)
            hi = max(4, min(8 if new else 45, staff // 10))
            return rng.randint(3, hi)
        if staff >= 50:
            if r < 0.06:
                return 0
            if r < 0.22:
                return rng.randint(1, 2)
            return rng.randint(3, 5 if new else 9)
        p0, p12 = (0.50, 0.22)
        if category == "社会组织":
            p0, p12 = (0.34, 0.24)
        if new:
            p0, p12 = (0.58, 0.20)
        if r < p0:
            return 0
        if r < p0 + p12:
            return 1 if rng.random() < 0.6 else 2
        return min(staff - 1, rng.choice([3, 3, 3, 4, 4, 5, 6]))

    def random_firm(self, town, first_year, new=False):
        rng = self.rng
        profile = TOWN_BY_NAME[town][6]
        if rng.random() < PROFILE_SOCIAL[profile]:
            category = "社会组织"
            industry = self.wchoice({"行业协会": 3, "民办教育": 4, "社会服务": 5})
            if town == "青溪经济开发区" and industry != "行业协会":
                industry = "社会服务"
        else:
            category = "非公企业"
            industry = self.wchoice(PROFILE_INDUSTRY[profile])
        name = self.make_name(town, category, industry)
        if category == "社会组织" and name in ASSOCIATIONS:
            industry = "行业协会"
        f = self.new_firm(name, town, category, industry)
        f.first_year = first_year
        staff = self.draw_staff(town, category, industry, new)
        if name.endswith(("商行", "经营部")):
            staff = min(staff, rng.randint(4, 30))
        f.staff[first_year] = staff
        f.M[first_year] = self.draw_members(staff, category, new)
        if name.endswith(("商行", "经营部")):
            f.M[first_year] = min(f.M[first_year], 2)
        if category == "社会组织":
            prefix = "51" if industry == "行业协会" else "52"
        else:
            prefix = "92" if name.endswith(("商行", "经营部")) else "91"
        if rng.random() < 0.85:
            f.uscc = make_uscc(rng, prefix, self.used_uscc)
        return f

    # -- building the population -------------------------------------------
    def build(self):
        rng = self.rng
        y0 = YEARS[0]
        # featured enterprises
        for spec in FEATURED:
            f = self.new_firm(spec["name"], spec["town"], spec["cat"], spec["ind"])
            f.featured = True
            prefix = "51" if spec["ind"] == "行业协会" else "52" if spec["cat"] == "社会组织" else "91"
            f.uscc = make_uscc(rng, prefix, self.used_uscc)
            f.spec = spec
            for i, y in enumerate(YEARS):
                f.staff[y] = spec["staff"][i]
                f.M[y] = spec["M"][i]
                f.dev[y] = spec["dev"][i]
                f.Pm[y] = spec["dev"][i]
                f.act[y] = spec["act"][i]
                f.guishang[y] = "是" if spec["gs"] else "否"
                if spec["stars"][i] is not None:
                    f.stars[y] = spec["stars"][i]
                    f.liuyou[y] = spec["liuyou"][i]
                f.note[y] = spec["note"].get(y, "")
            f.u_instr = 0.99
        for spec in UNBUILT_BIG:
            f = self.new_firm(spec["name"], spec["town"], "非公企业", spec["ind"])
            f.featured = True
            f.spec = spec
            f.uscc = make_uscc(rng, "91", self.used_uscc)
            f.first_year = spec["years"][0]
            for i, y in enumerate(YEARS):
                if y in spec["years"]:
                    f.staff[y] = spec["staff"][i]
                    f.M[y] = spec["M"][i]
                    f.dev[y] = 0
                    f.Pm[y] = 0
                    f.act[y] = 0
                    f.guishang[y] = "是" if f.staff[y] >= 120 else "否"
                    f.forced_unbuilt.add(y)
                    f.note[y] = ""
            if "note" in spec:
                f.note[spec["years"][0]] = spec["note"]
            f.u_instr = 0.10
        for name, town, cat, industry, prefix, staff, members in SPECIAL_FIRMS:
            f = self.new_firm(name, town, cat, industry)
            f.special = True
            f.staff[y0] = staff
            f.M[y0] = members
            f.uscc = make_uscc(rng, prefix, self.used_uscc)
        # random population per township
        for code, town, level, aliases, order, count, profile in TOWNSHIPS:
            have = sum(1 for f in self.firms if f.town == town)
            for _ in range(count - have):
                self.random_firm(town, y0)
        # shells (三有 = 否): small firms with no members
        small = [f for f in self.firms if not f.featured and not f.special and f.category == "非公企业"
                 and f.staff[y0] < 20 and f.M[y0] == 0]
        for f in rng.sample(small, 10):
            f.shell = True
            f.staff[y0] = rng.randint(1, 4)

    # -- year-to-year evolution ----------------------------------------------
    def init_first_year(self):
        rng = self.rng
        y0 = YEARS[0]
        for f in self.firms:
            if f.featured or y0 not in f.staff:
                continue
            self.init_member_detail(f, y0, first=True)

    def init_member_detail(self, f, y, first=False):
        """activists, development and probationary members of a firm's first year."""
        rng = self.rng
        M = f.M[y]
        if f.shell:
            f.act[y] = f.dev[y] = f.Pm[y] = 0
        elif first and M >= 3:
            k = rng.random()
            f.dev[y] = 0 if k < 0.74 else 1 if k < 0.96 else 2
            if f.staff[y] >= 200:
                f.dev[y] += rng.randint(0, 1)
            f.Pm[y] = f.dev[y]
            f.act[y] = rng.randint(0, 2) + (1 if f.staff[y] >= 100 else 0)
        else:
            f.dev[y] = 0
            f.Pm[y] = 0
            f.act[y] = 1 if rng.random() < (0.25 if M > 0 else 0.08) else 0
        f.guishang[y] = self.draw_guishang(f, f.staff[y])
        f.note[y] = ""
        self.fit_staff(f, y)

    def draw_guishang(self, f, staff):
        if f.category == "社会组织" or f.shell:
            return "否"
        r = self.rng.random()
        if staff >= 100:
            return "是" if r < 0.85 else "否"
        if staff >= 50:
            return "是" if r < 0.45 else "否"
        if staff >= 25:
            return "是" if r < 0.08 else "否"
        return "否"

    def fit_staff(self, f, y):
        need = f.M[y] + f.Pm[y]
        if f.staff[y] < need + 1:
            f.staff[y] = need + self.rng.randint(1, 4)

    def evolve(self, y):
        rng = self.rng
        prev = y - 1
        alive = [f for f in self.firms if f.active(prev) and prev in f.staff]
        # closures: small, mostly without organisation
        pool = [f for f in alive if not f.featured and f.staff[prev] < 50
                and not f.special and f.mode.get(prev) in ("未建", "挂靠")]
        weights = [4 if f.shell else 2 if f.mode[prev] == "未建" else 1 for f in pool]
        closed = []
        while len(closed) < CLOSURES[y]:
            f = rng.choices(pool, weights)[0]
            if f not in closed:
                closed.append(f)
        for f in closed:
            f.last_year = prev
        for f in alive:
            if f in closed or f.featured:
                continue
            # staff drift
            s = f.staff[prev]
            if f.shell:
                f.staff[y] = max(1, s + rng.choice([-1, 0, 0, 1]))
            else:
                f.staff[y] = max(3, int(round(s * rng.uniform(0.92, 1.12))))
            if f.shell:
                f.M[y] = f.Pm[y] = f.dev[y] = f.act[y] = 0
                f.guishang[y] = "否"
                f.note[y] = ""
                continue
            M = f.M[prev] + f.Pm[prev]
            single = f.mode.get(prev) == "单独组建"
            # members moving in with new hires
            big = f.staff[y] >= 100
            p_in = 0.10 if big else 0.06 if f.staff[y] >= 50 else 0.02
            if 1 <= M <= 2:
                p_in += 0.20       # townships push to reach three full members
            if rng.random() < p_in:
                M += 1 + (rng.randint(0, 1) if big else 0)
            # members leaving with staff turnover
            p_out = 0.13 if M >= 4 else 0.04
            if M > 0 and rng.random() < p_out and (not single or M >= 4):
                M -= 1
            f.M[y] = M
            # development: only former activists can be developed
            pool_act = f.act[prev]
            if single or f.mode.get(prev) == "联合组建":
                k = rng.random()
                want = 0 if k < 0.70 else 1 if k < 0.94 else 2 if k < 0.99 else 3
                if f.staff[y] >= 200:
                    want += rng.randint(0, 1)
            else:
                want = 1 if rng.random() < 0.06 else 0
            f.dev[y] = min(pool_act, want)
            f.Pm[y] = f.dev[y]
            if single:
                delta = rng.choice([-1, 0, 0, 1, 1, 1])
            else:
                delta = rng.choice([-1, 0, 0, 0, 0, 1])
            f.act[y] = max(0, f.act[prev] - f.dev[y] + delta)
            if f.staff[y] >= 100:
                f.act[y] = max(f.act[y], f.staff[y] // 80)
            f.guishang[y] = f.guishang[prev]
            if f.staff[y] >= 100 and f.guishang[y] == "否" and rng.random() < 0.3:
                f.guishang[y] = "是"
            f.note[y] = ""
            self.fit_staff(f, y)
        # new firms, spread by township size
        tw = {t[1]: t[5] for t in TOWNSHIPS}
        for _ in range(NEW_FIRMS[y]):
            town = self.wchoice(tw)
            f = self.random_firm(town, y, new=True)
            self.init_member_detail(f, y)
            f.note[y] = "新成立" if rng.random() < 0.7 else "%d年迁入" % y

    # -- organisation ----------------------------------------------------------
    def pick_exceptions(self, y):
        rng = self.rng
        P = [f for f in self.firms if f.active(y) and y in f.staff and not f.shell
             and not f.featured]
        chosen = {}
        prev = self.exceptions.get(y - 1, {})
        keep = [self.firms[k] for k in prev
                if self.firms[k].active(y) and self.firms[k].M.get(y, 0) >= 3]
        keep = keep[:EXCEPTIONS_KEEP.get(y, 0)]
        for f in keep:
            chosen[f.key] = prev[f.key]
        # new cases: firms that just reached three members, or new firms
        fresh = [f for f in P if f.M[y] >= 3 and f.staff[y] < 100 and f.key not in chosen
                 and f.key not in prev
                 and (y == YEARS[0] or f.first_year == y or f.M.get(y - 1, 0) < 3)]
        fresh.sort(key=lambda f: f.key)
        rng.shuffle(fresh)
        modes = ["未建", "挂靠", "联合组建", "未建", "挂靠", "联合组建", "未建"]
        joint_towns = {b[1] for b in JOINT_BRANCHES if b[3] <= y}
        n = 0
        for f in fresh:
            if n >= EXCEPTIONS_NEW[y]:
                break
            mode = modes[n % len(modes)]
            # a firm keeps the form it already had: members of a joint branch
            # stay there, attached members stay attached
            if f.mode.get(y - 1) in ("联合组建", "挂靠"):
                mode = f.mode[y - 1]
            if mode == "联合组建" and f.town not in joint_towns:
                continue
            chosen[f.key] = mode
            n += 1
        self.exceptions[y] = chosen

    def assign_modes(self, y):
        rng = self.rng
        active = [f for f in self.firms if f.active(y) and y in f.staff]
        P = [f for f in active if not f.shell]
        exc = self.exceptions[y]
        for f in active:
            f.mode.pop(y, None)
        for f in active:
            if f.shell:
                f.mode[y] = "未建"
            elif y in f.forced_unbuilt:
                f.mode[y] = "未建"
            elif f.featured and "stars" in f.spec:
                if f.M[y] >= 3:
                    f.mode[y] = "单独组建"
                elif f.M[y] > 0:
                    f.mode[y] = "挂靠"
                else:
                    f.mode[y] = "未建"
            elif f.key in exc:
                if exc[f.key] != "联合组建":
                    f.mode[y] = exc[f.key]
            elif f.M[y] >= 3:
                f.mode[y] = "单独组建"
        singles = sum(1 for f in P if f.mode.get(y) == "单独组建")
        target_joint = round(TARGET_I1[y] * len(P)) - singles
        branches = [b for b in JOINT_BRANCHES if b[3] <= y]
        groups = {b[0]: [] for b in branches}
        town_branches = {}
        for b in branches:
            town_branches.setdefault(b[1], []).append(b)

        def room(bid):
            return len(groups[bid]) < 5

        def place(f):
            opts = [b for b in town_branches.get(f.town, []) if room(b[0])]
            if not opts:
                return False
            pref = [b for b in opts if f.industry in b[4]]
            newer = [b for b in (pref or opts) if b[3] == y]
            b = (newer or pref or opts)[0]
            groups[b[0]].append(f)
            f.mode[y] = "联合组建"
            f.branch[y] = b[0]
            return True

        # 1. deliberate exceptions with >= 3 members inside a joint branch
        for f in P:
            if exc.get(f.key) == "联合组建":
                if not place(f):
                    f.mode[y] = "挂靠"
        # 2. last year's members stay in their branch
        for f in P:
            if y in f.mode:
                continue
            b = f.branch.get(y - 1)
            if b and b in groups and room(b):
                groups[b].append(f)
                f.mode[y] = "联合组建"
                f.branch[y] = b
        # 3. candidates: firms with 1-2 members, townships with new branches first
        cands = [f for f in P if y not in f.mode and 1 <= f.M[y] <= 2]
        cands.sort(key=lambda f: f.key)
        rng.shuffle(cands)
        cands.sort(key=lambda f: 0 if any(b[3] == y for b in town_branches.get(f.town, [])) else 1)
        joined = sum(len(g) for g in groups.values())
        # 4. every branch needs two firms and three full members first
        for b in branches:
            g = groups[b[0]]
            for f in cands:
                if len(g) >= 2 and sum(x.M[y] for x in g) >= 3:
                    break
                if y not in f.mode and f.town == b[1]:
                    g.append(f)
                    f.mode[y] = "联合组建"
                    f.branch[y] = b[0]
                    joined += 1
            # a small township: members who moved in this year with new hires
            # are what makes the new branch possible
            spare = [f for f in P if y not in f.mode and f.town == b[1] and f.M[y] == 0
                     and f.staff[y] >= 5 and f.staff[y] < 100]
            for f in spare:
                if len(g) >= 2 and sum(x.M[y] for x in g) >= 3:
                    break
                f.M[y] = 1
                self.fit_staff(f, y)
                g.append(f)
                f.mode[y] = "联合组建"
                f.branch[y] = b[0]
                joined += 1
        # 5. then fill up to the target coverage
        for f in cands:
            if joined >= target_joint:
                break
            if y not in f.mode and place(f):
                joined += 1
        # 6. still short of the target: small firms without members join too
        if joined < target_joint:
            zero = [f for f in P if y not in f.mode and f.M[y] == 0 and f.staff[y] < 100]
            zero.sort(key=lambda f: (0 if f.branch.get(y - 1) else 1, f.key))
            for f in zero:
                if joined >= target_joint:
                    break
                if place(f):
                    joined += 1
        # 7. the rest
        for f in P:
            if y in f.mode:
                continue
            f.mode[y] = "挂靠" if f.M[y] >= 1 else "未建"
        self.groups[y] = groups
        for bid, g in groups.items():
            assert len(set(x.key for x in g)) == len(g)
            assert len(g) >= 2 and sum(x.M[y] for x in g) >= 3, (y, bid, len(g))

    def organisation_details(self, y):
        rng = self.rng
        names = {b[0]: b[2] for b in JOINT_BRANCHES}
        branch_star = self.branch_star
        for bid, g in self.groups[y].items():
            if bid not in branch_star:
                branch_star[bid] = [rng.choice([1, 2, 2, 3]), rng.random()]
            elif rng.random() < 0.35:
                branch_star[bid][0] = min(4, branch_star[bid][0] + 1)
            star, lat = branch_star[bid]
            ly = "是" if (star >= 3 and lat < 0.8) or (star == 2 and lat < 0.3) else "否"
            for f in g:
                f.org_name[y] = names[bid]
                f.org_type[y] = "联合党支部"
                f.stars[y] = star
                f.liuyou[y] = ly
        for f in self.firms:
            if not f.active(y) or y not in f.staff:
                continue
            mode = f.mode[y]
            if mode == "单独组建":
                M = f.M[y]
                kind = "党委" if M >= 100 else "党总支" if M >= 50 else "党支部"
                assert (f.M[y] + f.Pm[y] >= 100) == (M >= 100)
                f.org_type[y] = kind
                suffix = {"党委": "委员会", "党总支": "总支部委员会", "党支部": "支部委员会"}[kind]
                if f.org_style < 0.12 and kind == "党支部":
                    f.org_name[y] = f.name + "党支部"
                else:
                    f.org_name[y] = "中共" + f.name + suffix
                if f.featured:
                    continue
                if f.star_latent is None:
                    if f.mode.get(y - 1) == "单独组建" or y == YEARS[0]:
                        s = self.wchoice({0: 3, 1: 8, 2: 22, 3: 36, 4: 24, 5: 7})
                        if f.staff[y] < 20 and s == 5:
                            s = 4
                    else:
                        s = rng.choice([0, 1, 1, 2])
                    f.star_latent = s
                else:
                    r = rng.random()
                    if r < 0.28:
                        f.star_latent = min(5, f.star_latent + 1)
                    elif r < 0.33:
                        f.star_latent = max(0, f.star_latent - 1)
                s = f.star_latent
                f.stars[y] = s
                lat = f.liuyou_latent
                ok = s >= 4 or (s == 3 and lat < 0.75) or (s == 2 and lat < 0.35) or lat < 0.1
                f.liuyou[y] = "是" if ok else "否"
            elif mode == "联合组建":
                pass
            else:
                f.stars.pop(y, None)
                f.liuyou.pop(y, None)
            # instructors
            pool = INSTRUCTORS[f.town]
            if y >= 2025 and f.town in INSTRUCTORS_2025:
                old, new = INSTRUCTORS_2025[f.town]
                pool = [new if p == old else p for p in pool]
            p = {"未建": {2023: 0.55, 2024: 0.60, 2025: 0.67}[y], "挂靠": 0.35,
                 "联合组建": 0.25, "单独组建": 0.06}[mode]
            if f.shell:
                p = 0.0
            if f.featured and mode == "未建":
                p = 1.0
            f.instructor[y] = pool[f.instr_index % len(pool)] if f.u_instr < p else ""

    def notes(self, y):
        rng = self.rng
        exc = self.exceptions[y]
        texts_exc = {
            "挂靠": ["党员组织关系挂靠属地党组织,拟单独组建", "已列入应建未建整改清单"],
            "未建": ["正式党员已达3名,待组建", "列入整改台账"],
            "联合组建": ["已具备单独组建条件,暂留联合党支部", "已列入应建未建整改清单"],
        }
        i = 0
        for f in self.firms:
            if not f.active(y) or y not in f.staff:
                continue
            if f.featured:
                continue
            if f.shell and not f.note.get(y):
                f.note[y] = rng.choice(["长期未经营", "列入经营异常名录", "已停产,待注销"])
            elif f.key in exc and rng.random() < 0.6 and not f.note.get(y):
                texts = texts_exc[f.mode[y]]
                f.note[y] = texts[i % len(texts)]
                i += 1
            elif (f.mode[y] == "单独组建" and f.mode.get(y - 1) in ("联合组建", "挂靠", "未建")
                  and rng.random() < 0.4 and not f.note.get(y)):
                f.note[y] = "%d年单独组建" % y
            elif (f.mode[y] == "单独组建" and f.org_type[y] != "党支部" and not f.note.get(y)
                  and rng.random() < 0.3):
                f.note[y] = "党组织书记由企业副总经理兼任"

    def assign_town_text(self, y, exclude):
        rng = self.rng
        for f in self.firms:
            if f.active(y) and y in f.staff:
                f.town_text[y] = f.town
        cands = [f for f in self.firms if f.active(y) and y in f.staff and not f.featured
                 and TOWN_BY_NAME[f.town][3] and f.key not in exclude]
        for f in rng.sample(cands, 6):
            f.town_text[y] = rng.choice(TOWN_BY_NAME[f.town][3])

    # -- run -------------------------------------------------------------------
    def run(self):
        self.build()
        self.init_first_year()
        for y in YEARS:
            if y != YEARS[0]:
                self.evolve(y)
            self.pick_exceptions(y)
            self.assign_modes(y)
            self.organisation_details(y)
            self.notes(y)
        self.honors = build_honors(self)
        honored = {h[5] for h in self.honor_refs}
        for y in YEARS:
            self.assign_town_text(y, honored)

    def rows(self, y):
        out = []
        firms = [f for f in self.firms if f.active(y) and y in f.staff]
        firms.sort(key=lambda f: (TOWN_ORDER[f.town], f.key))
        for f in firms:
            mode = f.mode[y]
            built = mode in ("单独组建", "联合组建")
            out.append([
                str(y), f.name, f.uscc, f.town_text[y], f.category, f.industry,
                "否" if f.shell else "是", f.guishang[y], str(f.staff[y]), str(f.M[y]),
                str(f.Pm[y]), str(f.act[y]), str(f.dev[y]), mode,
                f.org_name.get(y, "") if built else "",
                f.org_type.get(y, "") if built else "",
                f.branch.get(y, "") if mode == "联合组建" else "",
                f.instructor.get(y, ""),
                str(f.stars[y]) if built else "",
                f.liuyou.get(y, "") if built else "",
                f.note.get(y, ""),
            ])
        return out


# ---------------------------------------------------------------------------
# Honors (光荣榜)
# ---------------------------------------------------------------------------

# year, category, level, object type, enterprise (name or selector), person,
# awarding body, document number, deed.
# A selector ("pick", township, industries, minimum stars[, name words]) picks,
# deterministically, a firm with its own organisation (names containing one of
# the words first, so that the deed fits the firm); ("branch", id) refers to a
# joint branch, represented by one of its member firms.
HONOR_SPECS = [
    # 2023
    (2023, "先进基层党组织", "县", "组织", "青溪恒达机械有限公司", None,
     "中共青溪县委", "青委〔2023〕27号", "推行党员先锋岗和质量攻关小组,当年车间返工率明显下降。"),
    (2023, "先进基层党组织", "县", "组织", "青溪县嘉和建设集团有限公司", None,
     "中共青溪县委", "青委〔2023〕27号", "在安置房项目工地设立临时党支部,工程提前完成结顶。"),
    (2023, "先进基层党组织", "市", "组织", "丽川瑞丰纺织股份有限公司", None,
     "中共丽川市委", "丽委〔2023〕41号", "党委班子与经营层交叉任职,带动企业完成智能化改造。"),
    (2023, "优秀共产党员", "县", "个人", "青溪恒达机械有限公司", "周海滨",
     "中共青溪县委", "青委〔2023〕27号", "扎根装配车间二十年,带出一支省级技能大赛获奖班组。"),
    (2023, "优秀共产党员", "县", "个人", "青溪县华信电子科技有限公司", "林若溪",
     "中共青溪县委", "青委〔2023〕27号", "牵头党员攻关组解决贴片良率难题,每年为企业节约成本。"),
    (2023, "优秀党务工作者", "县", "个人", "丽川瑞丰纺织股份有限公司", "沈丽华",
     "中共青溪县委", "青委〔2023〕27号", "担任党委专职副书记,建立车间党小组和职工说事室。"),
    (2023, "优秀党建之友", "县", "个人", "青溪县博远信息技术有限公司", "杜明川",
     "中共青溪县委组织部", "青组〔2023〕19号", "作为非党员负责人主动腾出场地建设党员活动室,支持党支部开展活动。"),
    (2023, "五好党组织", "乡镇", "组织", ("branch", "LH-331190100-01"), None,
     "中共溪口镇委员会", "溪委〔2023〕15号", "统筹成员企业轮流承办主题党日,破解小微企业党员活动难。"),
    (2023, "优秀共产党员", "乡镇", "个人", "青溪县明辉塑业有限公司", "何建勇",
     "中共白沙镇委员会", "白委〔2023〕11号", "主动承担夜班安全巡查,连续三年所在班组零事故。"),
    (2023, "五好党组织", "乡镇", "组织", "青溪县南湖颐康养老服务中心", None,
     "中共南湖街道工作委员会", "南街工委〔2023〕9号", "组织党员护理员结对照护失能老人,家属满意度保持高位。"),
    (2023, "优秀共产党员", "乡镇", "个人", "青溪县云岭茶业有限公司", "应春芽",
     "中共云岭镇委员会", "云委〔2023〕8号", "带领党员技术服务队走村入户,指导茶农改良采摘和杀青工艺。"),
    (2023, "其他", "县", "个人", "青溪县物流行业协会", "范志诚",
     "中共青溪县委组织部", "青组〔2023〕19号", "获评“双强”党组织书记,推动会员企业共建货车司机之家。"),
    (2023, "优秀党务工作者", "乡镇", "个人", ("pick", "青溪经济开发区", ("制造业",), 3), "翁丽君",
     "中共青溪经济开发区工作委员会", "开工委〔2023〕6号", "兼职做党务十余年,党员台账和组织生活记录规范完整。"),
    # 2024
    (2024, "先进基层党组织", "省", "组织", "丽川瑞丰纺织股份有限公司", None,
     "省委组织部", "省组通〔2024〕23号", "探索“党建+工匠培育”模式,企业入选省级智能工厂名单。"),
    (2024, "先进基层党组织", "县", "组织", "青溪县华信电子科技有限公司", None,
     "中共青溪县委", "青委〔2024〕31号", "党支部牵头组建研发攻关组,年内取得多项实用新型专利。"),
    (2024, "先进基层党组织", "县", "组织", "青溪县博远信息技术有限公司", None,
     "中共青溪县委", "青委〔2024〕31号", "依托党员创新工作室为县内中小企业免费提供数字化诊断。"),
    (2024, "优秀共产党员", "县", "个人", "青溪恒达机械有限公司", "陈晓燕",
     "中共青溪县委", "青委〔2024〕31号", "作为质检班长坚持首件必检,带动班组产品一次合格率提升。"),
    (2024, "优秀共产党员", "县", "个人", "青溪县嘉和建设集团有限公司", "罗振华",
     "中共青溪县委", "青委〔2024〕31号", "汛期带领党员突击队连夜抢修受损道路,保障群众出行。"),
    (2024, "优秀共产党员", "县", "个人", ("pick", "枫林镇", ("制造业",), 3, ("竹木", "家具", "工艺品")), "黄秋生",
     "中共青溪县委", "青委〔2024〕31号", "扎根生产一线钻研工艺改进,帮助企业明显降低了原材料损耗。"),
    (2024, "优秀党务工作者", "县", "个人", "青溪县物流行业协会", "范志诚",
     "中共青溪县委", "青委〔2024〕31号", "推动协会党支部与会员企业联建共享,建成两处司机驿站。"),
    (2024, "优秀党务工作者", "市", "个人", "青溪恒达机械有限公司", "袁立新",
     "中共丽川市委组织部", "丽组〔2024〕37号", "主持党支部升格为党总支,建立党员积分管理制度。"),
    (2024, "优秀党建之友", "县", "个人", "溪口镇新雅服饰有限公司", "王梦婕",
     "中共青溪县委组织部", "青组〔2024〕22号", "支持引进党员管理骨干,为企业建立党组织创造条件。"),
    (2024, "五好党组织", "乡镇", "组织", ("branch", "LH-331190001-01"), None,
     "中共城关街道工作委员会", "城街工委〔2024〕12号", "组织成员商户开展诚信经营承诺,街区投诉件数明显减少。"),
    (2024, "五好党组织", "乡镇", "组织", "青溪县博远信息技术有限公司", None,
     "中共凤鸣街道工作委员会", "凤街工委〔2024〕7号", "与社区党委结对,组织党员程序员为老年人上智能手机课。"),
    (2024, "优秀共产党员", "乡镇", "个人", ("pick", "溪口镇", ("制造业",), 3, ("五金", "锁具", "模具", "机械")), "朱国强",
     "中共溪口镇委员会", "溪委〔2024〕18号", "年底订单高峰期间主动顶岗带班,保障了重点客户按期交货。"),
    (2024, "优秀共产党员", "乡镇", "个人", "青溪县南湖颐康养老服务中心", "高雪梅",
     "中共南湖街道工作委员会", "南街工委〔2024〕10号", "坚持为独居老人上门送餐,带动年轻护理员加入志愿服务。"),
    (2024, "其他", "乡镇", "组织", "青溪县云岭茶业有限公司", None,
     "中共云岭镇委员会", "云委〔2024〕9号", "被评为党建助力乡村振兴先进集体,带动周边村茶园增收。"),
    # 2025
    (2025, "优秀共产党员", "省", "个人", "青溪县华信电子科技有限公司", "林若溪",
     "省委组织部", "省组通〔2025〕17号", "主持研发的检测设备实现进口替代,在省级技能竞赛中获奖。"),
    (2025, "先进基层党组织", "市", "组织", "青溪县博远信息技术有限公司", None,
     "中共丽川市委", "丽委〔2025〕29号", "党员骨干牵头搭建县域产业数字化平台,服务企业超过百家。"),
    (2025, "先进基层党组织", "县", "组织", "青溪恒达机械有限公司", None,
     "中共青溪县委", "青委〔2025〕26号", "党总支推动“党建+安全生产”,全年实现安全生产零事故。"),
    (2025, "先进基层党组织", "县", "组织", "青溪县南湖颐康养老服务中心", None,
     "中共青溪县委", "青委〔2025〕26号", "打造银龄关爱服务品牌,党员志愿服务常态化开展。"),
    (2025, "先进基层党组织", "县", "组织", ("pick", "桃源镇", ("物流运输",), 3, ("物流", "运输", "货运")), None,
     "中共青溪县委", "青委〔2025〕26号", "党支部组织党员司机组成应急运输队,保障防汛物资及时到位。"),
    (2025, "优秀共产党员", "县", "个人", "丽川瑞丰纺织股份有限公司", "蒋小芬",
     "中共青溪县委", "青委〔2025〕26号", "从挡车工成长为车间主任,创新操作法在全厂推广。"),
    (2025, "优秀共产党员", "县", "个人", "青溪县云岭茶业有限公司", "应春芽",
     "中共青溪县委", "青委〔2025〕26号", "培育茶叶新品种示范基地,带动结对村茶农户均增收。"),
    (2025, "优秀党务工作者", "县", "个人", "青溪县嘉和建设集团有限公司", "潘晓东",
     "中共青溪县委", "青委〔2025〕26号", "探索项目部党小组工作法,在多个在建工地推行。"),
    (2025, "优秀党建之友", "县", "个人", ("pick", "城关街道", ("批发零售", "住宿餐饮", "商务服务"), 3), "邹文涛",
     "中共青溪县委组织部", "青组〔2025〕15号", "作为非党员经营者全力支持党支部开展活动,设立党员示范岗。"),
    (2025, "五好党组织", "乡镇", "组织", ("branch", "LH-331190104-01"), None,
     "中共枫林镇委员会", "枫委〔2025〕10号", "联合党支部统一组织生活,帮助成员企业对接原料供应和用工信息。"),
    (2025, "五好党组织", "乡镇", "组织", "青溪县物流行业协会", None,
     "中共桃源镇委员会", "桃委〔2025〕12号", "协会党支部牵头制定行业自律公约,引导会员企业守法经营。"),
    (2025, "优秀共产党员", "乡镇", "个人", "溪口镇新雅服饰有限公司", "孙海燕",
     "中共溪口镇委员会", "溪委〔2025〕14号", "作为新建党支部书记,推动企业首次召开职工代表大会。"),
    (2025, "优秀党务工作者", "乡镇", "个人", ("pick", "白沙镇", ("制造业", "建筑业"), 3), "冯建国",
     "中共白沙镇委员会", "白委〔2025〕13号", "规范党支部三会一课记录,党支部星级评定连续提升。"),
]


# Photos of honored organisations (drawn by generate_sample_photos.py into content/static/);
# individuals have none, and the honor wall shows its drawn emblem for them.
HONOR_PHOTOS = {
    (2025, "青溪恒达机械有限公司"): "photos/2025-hengda.png",
    (2025, "青溪县南湖颐康养老服务中心"): "photos/2025-nanhu-yikang.png",
    (2025, "桃源镇广源物流有限公司"): "photos/2025-guangyuan.png",
}


def build_honors(gen):
    rows = []
    refs = []
    taken = set()
    for (y, cat, level, otype, ent, person, body, doc, deed) in HONOR_SPECS:
        if isinstance(ent, str):
            fs = [f for f in gen.firms if f.name == ent and f.active(y) and y in f.staff]
            assert len(fs) == 1, ent
            f = fs[0]
            obj = person if otype == "个人" else f.org_name[y]
        elif ent[0] == "branch":
            g = gen.groups[y][ent[1]]
            prefs = [b[4] for b in JOINT_BRANCHES if b[0] == ent[1]][0]
            # the lead firm: the branch's own trade first, then the most members
            f = sorted(g, key=lambda x: (x.industry not in prefs, x.category != "非公企业",
                                         -x.M[y], x.key))[0]
            obj = f.org_name[y]
        else:
            _, town, inds, min_star = ent[:4]
            words = ent[4] if len(ent) > 4 else ("",)
            cands = [f for f in gen.firms if f.active(y) and y in f.staff and not f.featured
                     and f.town == town and f.industry in inds
                     and f.mode[y] == "单独组建" and f.stars[y] >= min_star
                     and f.key not in taken]
            # firms whose name fits the deed come first
            cands.sort(key=lambda f: (not any(w in f.name for w in words),
                                      -f.stars[y], -f.M[y], f.key))
            f = cands[0]
            taken.add(f.key)
            obj = person if otype == "个人" else f.org_name[y]
        assert f.mode[y] in ("单独组建", "联合组建") or cat == "优秀党建之友", (y, f.name)
        photo = HONOR_PHOTOS.get((y, f.name), "") if otype == "组织" else ""
        rows.append([str(y), cat, level, obj, otype, f.name, f.town, body, doc, deed, photo])
        refs.append((y, cat, level, obj, otype, f.key))
    gen.honor_refs = refs
    return rows


# ---------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------


def csv_text(header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def write(name, text):
    path = os.path.join(DATA_DIR, name)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    print("wrote", os.path.relpath(path))


def region_rows():
    rows = [["331190", "青溪县", "县", "", "", "1"]]
    for code, name, level, aliases, order, _, _ in TOWNSHIPS:
        rows.append([code, name, level, "331190", ";".join(aliases), str(order)])
    return rows


def main():
    os.makedirs(DATA_DIR, exist_ok=True)
    gen = Generator()
    gen.run()
    write("regions.csv", csv_text(REGION_HEADER, region_rows()))
    for y in YEARS:
        write("enterprises-%d.csv" % y, csv_text(ENTERPRISE_HEADER, gen.rows(y)))
    write("honors.csv", csv_text(HONOR_HEADER, gen.honors))


if __name__ == "__main__":
    main()
